import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxWorker } from "@/lib/mail/worker";
import type { MailSender, OutgoingEmail } from "@/lib/mail/transport";
import type { Actor } from "@/lib/server/actor";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { editCommunicationText, getCommunicationText } from "@/lib/server/communications/communication-text";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { getCommunication } from "@/lib/server/communications/get-communication";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { createCommunicationHandler } from "@/lib/server/communications/outbox-handler";
import { previewForRecipient } from "@/lib/server/communications/preview-for-recipient";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Issue 17: the DPO could not change a word of a letter before approving it. She edits the text (in the
 * communication's language), approves exactly that text (its hash in the audit trail), each person receives
 * it with only their name filled in, and an edit after approval takes the approval back.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
let incidentId: string;

// Her own words, still with every part Art. 34(2) asks for (approval checks the edited text).
const FRENCH = [
  "Madame, Monsieur {name},",
  "Ce qui s'est passé",
  "Une lettre contenant vos résultats a été envoyée par erreur à un autre patient.",
  "Ce que cela peut signifier pour vous",
  "Une autre personne a pu lire vos résultats.",
  "Ce que nous avons déjà fait",
  "Nous avons demandé à ce patient de détruire la lettre.",
  "Contactez Dr. Jana Dvořák : dpo@practice-a.example.",
  "Le cabinet",
].join("\n\n");

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await practice(ctx, "practice-a");
  manager = await person(ctx, "manager", a.id, "manager");
  dpo = await person(ctx, "dpo", a.id, "dpo");
  incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, "BD-2026-0001");
});
afterAll(async () => ctx.close());

async function emailDraft(language: "fr" | "en" = "fr") {
  const communicationId = value(await createCommunicationDraft(ctx, dpo, { incidentId, language, channel: "email" })).communication.id;
  value(await addRecipient(ctx, dpo, { communicationId, recipient: { name: "Marie Dubois", email: "marie@example.fr" } }));
  return communicationId;
}

describe("the DPO's own wording of a communication", () => {
  it("opens the editor with the generated text, the name left as a placeholder", async () => {
    const communicationId = await emailDraft("en");
    const text = value(await getCommunicationText(ctx, dpo, { communicationId }));
    expect(text.edited).toBe(false);
    expect(text.text).toContain("Dear {name},");
  });

  it("previews, approves and sends exactly the edited text, only the name filled in, audited by its hash", async () => {
    const communicationId = await emailDraft();
    const edit = value(await editCommunicationText(ctx, dpo, { communicationId, subject: "Vos résultats d'analyse", text: FRENCH }));
    const [person] = value(await listRecipients(ctx, dpo, { communicationId })).recipients;
    const preview = value(await previewForRecipient(ctx, dpo, { communicationId, recipientId: person!.id }));
    expect(preview.text).toBe(FRENCH.replace("{name}", "Marie Dubois"));
    expect(preview.subject).toBe("Vos résultats d'analyse");

    value(await approveCommunication(ctx, dpo, { communicationId }));
    const approval = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "communication.approve" }, orderBy: { seq: "desc" } });
    expect(JSON.parse(approval.detail)).toMatchObject({ communicationId, textSha256: edit.sha256 });
    const edits = await ctx.db.auditEntry.findMany({ where: { action: "communication.text.edit" } });
    expect(edits.map((entry) => entry.detail).join(" ")).not.toMatch(/Madame|résultats|Dubois/);

    value(await sendCommunication(ctx, dpo, { communicationId }));
    const sent: OutgoingEmail[] = [];
    const mailer: MailSender = {
      async sendMail(mail) {
        sent.push(mail);
        return {};
      },
      close() {},
    };
    const worker = new OutboxWorker({
      db: ctx.db,
      provider: ctx.provider,
      handlers: () => new Map([["communication", createCommunicationHandler({ mailer, mailFrom: "Practice A <dpo@practice-a.example>" })]]),
      maxPerSecond: Infinity,
      log: () => {},
    });
    await worker.processDue();
    expect(sent).toHaveLength(1);
    expect(sent[0]!.text).toBe(FRENCH.replace("{name}", "Marie Dubois"));
    expect(sent[0]!.subject).toBe("Vos résultats d'analyse");
  });

  it("takes the approval back when the text changes after it, and keeps each edit in the audit trail", async () => {
    const communicationId = await emailDraft();
    value(await editCommunicationText(ctx, dpo, { communicationId, subject: "Objet", text: FRENCH }));
    value(await approveCommunication(ctx, dpo, { communicationId }));
    const second = value(await editCommunicationText(ctx, dpo, { communicationId, subject: "Objet", text: `${FRENCH}\n\nPS` }));
    expect(second.approvalVoided).toBe(true);
    const communication = value(await getCommunication(ctx, dpo, { communicationId }));
    expect(communication.status).toBe("draft");
    expect(communication.approvedAt).toBeNull();
    const edits = await ctx.db.auditEntry.findMany({
      where: { action: "communication.text.edit", detail: { contains: communicationId } },
      orderBy: { seq: "asc" },
    });
    expect(edits.map((entry) => JSON.parse(entry.detail).approvalVoided)).toEqual([false, true]);
  });

  it("stores a form's CRLF line breaks as plain line breaks, so the hash is that of the text", async () => {
    const communicationId = await emailDraft();
    const fromForm = value(
      await editCommunicationText(ctx, dpo, { communicationId, subject: "Objet", text: FRENCH.replace(/\n/g, "\r\n") }),
    );
    const typed = value(await getCommunicationText(ctx, dpo, { communicationId }));
    expect(typed.text).toBe(FRENCH);
    expect(fromForm.sha256).toBe(typed.sha256);
  });

  it("lets only the DPO edit, and names an empty text", async () => {
    const communicationId = await emailDraft();
    const byManager = await editCommunicationText(ctx, manager, { communicationId, subject: "Objet", text: FRENCH });
    expect(byManager.ok).toBe(false);
    const empty = await editCommunicationText(ctx, dpo, { communicationId, subject: "Objet", text: "  " });
    expect(empty.ok ? [] : empty.error === "invalid" ? empty.fields.map((field) => field.field) : []).toEqual(["text"]);
  });
});
