import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxWorker } from "@/lib/mail/worker";
import type { MailSender, OutgoingEmail } from "@/lib/mail/transport";
import type { Actor } from "@/lib/server/actor";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { communicationLettersPdf, getPublicNotice, publicNoticePdf } from "@/lib/server/communications/communication-documents";
import { getCommunicationStatus } from "@/lib/server/communications/communication-status";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { getCommunication } from "@/lib/server/communications/get-communication";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { createCommunicationHandler } from "@/lib/server/communications/outbox-handler";
import { previewForRecipient } from "@/lib/server/communications/preview-for-recipient";
import { removeRecipient } from "@/lib/server/communications/remove-recipient";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { incidentIn, peopleCsv, twoPractices, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The Art. 34 communication services on a real database: CSV import row by row, roles (only the DPO
 * approves and sends), tenancy (another practice's communication does not exist), idempotent sending, and
 * the outbox handler recording what each person was sent.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
let lawyer: Actor;
let strangerDpo: Actor;
let incidentId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const { a, ...people } = await twoPractices(ctx);
  ({ manager, dpo, lawyer, strangerDpo } = people);
  incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, "BD-2026-0001");
});
afterAll(async () => ctx.close());

const draft = async (channel: "email" | "letter" | "public_notice" = "email", actor: Actor = manager) =>
  value(await createCommunicationDraft(ctx, actor, { incidentId, language: "en", channel })).communication.id;

describe("importing recipients from CSV", () => {
  it("reports every bad row with its line number and reason, keeps every good row, merges duplicates", async () => {
    const id = await draft();
    const csv = [
      "\uFEFFName;E-mail;Address", // line 1: BOM, semicolons
      "Alice Martin;alice@example.org;", // 2 good
      ";nobody@example.org;", // 3 missing name
      "Bob Durand;not-an-address;", // 4 invalid e-mail
      "Carla Nom;;", // 5 neither e-mail nor address
      '"Dupont; Jean";jean@example.org;"12 rue X;\r\n75001 Paris"', // 6-7 quoted separator and line break
      "Alice M.;ALICE@example.org ;", // 8 duplicate of line 2 (case, spaces)
      "", // 9 blank: ignored
      "Eve Letter;;3 Main Street", // 10 good: letter only
      "Frank;frank@example.org;;extra", // 11 too many fields
    ].join("\r\n");
    const report = value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv }));
    expect(report.rejected).toEqual([
      { line: 3, reason: "name is missing" },
      { line: 4, reason: 'e-mail address "not-an-address" is not valid' },
      { line: 5, reason: "neither an e-mail address nor a postal address: this person cannot be reached" },
      { line: 11, reason: expect.stringContaining("has 4 fields but the header has 3") },
    ]);
    expect(report.merged).toEqual([{ line: 8, mergedInto: "line 2" }]);
    expect(report.added).toBe(3);
    const list = value(await listRecipients(ctx, manager, { communicationId: id }));
    expect(list.total).toBe(3);
    expect(list.recipients.map((r) => [r.name, r.email, r.postalAddress])).toEqual([
      ["Alice Martin", "alice@example.org", null],
      ["Dupont; Jean", "jean@example.org", "12 rue X;\n75001 Paris"],
      ["Eve Letter", null, "3 Main Street"],
    ]);

    // Importing the same people again merges every one of them into the list.
    const again = value(
      await importRecipientsCsv(ctx, manager, {
        communicationId: id,
        csv: "name,email\nAlice Again,alice@EXAMPLE.org\nNew Person,new@example.org\n",
      }),
    );
    expect(again.added).toBe(1);
    expect(again.merged).toEqual([{ line: 2, mergedInto: "a person already on the list" }]);
  });

  it("keeps 1,000 good rows of a comma CSV and seals names and addresses at rest", async () => {
    const id = await draft();
    const report = value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: peopleCsv(1000) }));
    expect(report).toMatchObject({ added: 1000, rejected: [], merged: [] });
    const raw = await ctx.db.recipient.findFirstOrThrow({ where: { communicationId: id }, orderBy: { createdAt: "asc" } });
    expect(raw.name).not.toContain("Patient");
    expect(raw.email).not.toContain("@");
    expect(unseal(raw.name, at("recipient", "name", raw.id))).toMatch(/^Patient \d{4} Nováková$/);
    const page2 = value(await listRecipients(ctx, manager, { communicationId: id, page: 2, pageSize: 100 }));
    expect(page2.recipients).toHaveLength(100);
    expect(page2.total).toBe(1000);
  });

  it("refuses a file without a name column as a whole, naming the problem", async () => {
    const id = await draft();
    const result = await importRecipientsCsv(ctx, manager, { communicationId: id, csv: "email\nx@example.org\n" });
    expect(result).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "csv", problem: expect.stringContaining('needs a "name" column') }],
    });
    expect(await ctx.db.recipient.count({ where: { communicationId: id } })).toBe(0);
  });

  it("for letters, requires a postal address on each row", async () => {
    const id = await draft("letter");
    const report = value(
      await importRecipientsCsv(ctx, manager, { communicationId: id, csv: "name,email,address\nA,a@example.org,\nB,,1 Road\n" }),
    );
    expect(report.rejected).toEqual([{ line: 2, reason: "postal address is missing: a letter needs one" }]);
    expect(report.added).toBe(1);
  });
});

describe("roles and tenancy", () => {
  it("lets a manager or DPO create a draft, not the lawyer; another practice sees nothing", async () => {
    expect(await createCommunicationDraft(ctx, lawyer, { incidentId, language: "en", channel: "email" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await createCommunicationDraft(ctx, strangerDpo, { incidentId, language: "en", channel: "email" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    const id = await draft("email", dpo);
    for (const call of [
      () => getCommunication(ctx, strangerDpo, { communicationId: id }),
      () => importRecipientsCsv(ctx, strangerDpo, { communicationId: id, csv: peopleCsv(1) }),
      () => listRecipients(ctx, strangerDpo, { communicationId: id }),
      () => approveCommunication(ctx, strangerDpo, { communicationId: id }),
      () => sendCommunication(ctx, strangerDpo, { communicationId: id }),
      () => getCommunicationStatus(ctx, strangerDpo, { communicationId: id }),
    ]) {
      expect(await call()).toMatchObject({ ok: false, error: "not_found" });
    }
  });

  it("lets only the DPO approve (the manager gets forbidden) and freezes the content", async () => {
    const id = await draft();
    value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: peopleCsv(3) }));
    expect(await approveCommunication(ctx, manager, { communicationId: id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await approveCommunication(ctx, lawyer, { communicationId: id })).toMatchObject({ ok: false, error: "forbidden" });
    const approved = value(await approveCommunication(ctx, dpo, { communicationId: id }));
    expect(approved.status).toBe("approved");
    expect(approved.subject).toContain("Practice practice-a");

    // An edit of the incident after approval does not change what people receive.
    const recipient = value(await listRecipients(ctx, dpo, { communicationId: id })).recipients[0]!;
    await ctx.db.organization.updateMany({ data: { dpoName: "Someone Else" } });
    const preview = value(await previewForRecipient(ctx, manager, { communicationId: id, recipientId: recipient.id }));
    expect(preview.frozen).toBe(true);
    expect(preview.text).toContain(recipient.name);
    expect(preview.text).toContain("Dr. Jana Dvořák");
    expect(preview.text).not.toContain("Someone Else");
    await ctx.db.organization.updateMany({ data: { dpoName: "Dr. Jana Dvořák" } });

    // Changing the list of people sends it back to draft: the DPO approves the new list.
    value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: "name,email\nLate Addition,late@example.org\n" }));
    expect(value(await getCommunication(ctx, dpo, { communicationId: id })).status).toBe("draft");
  });

  it("refuses approval while the letter lacks Art. 34(2) items or people, listing them", async () => {
    const id = await draft();
    const detail = value(await getCommunication(ctx, dpo, { communicationId: id }));
    expect(detail.missing.map((item) => item.id)).toEqual(["recipients"]);
    const refused = await approveCommunication(ctx, dpo, { communicationId: id });
    expect(refused).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "recipients" }] });
  });
});

describe("sending", () => {
  it("enqueues one outbox message per person, once, however often send is called", async () => {
    const id = await draft();
    value(
      await importRecipientsCsv(ctx, manager, {
        communicationId: id,
        csv: `${peopleCsv(1201).replace("name,email", "name,email,address")}Letter Only,,5 Rue Y\r\n`,
      }),
    );
    expect(await sendCommunication(ctx, dpo, { communicationId: id })).toMatchObject({ ok: false, error: "conflict" });
    value(await approveCommunication(ctx, dpo, { communicationId: id }));
    expect(await sendCommunication(ctx, manager, { communicationId: id })).toMatchObject({ ok: false, error: "forbidden" });
    try {
      await sendsOnce(id);
    } finally {
      await ctx.db.outboxMessage.deleteMany({ where: { idempotencyKey: { startsWith: `communication:${id}:` } } });
    }
  });

  async function sendsOnce(id: string) {
    const first = value(await sendCommunication(ctx, dpo, { communicationId: id }));
    expect(first).toMatchObject({ status: "sending", enqueued: 1201, queued: 1201 });
    const second = value(await sendCommunication(ctx, dpo, { communicationId: id }));
    expect(second).toMatchObject({ status: "sending", enqueued: 0, queued: 1201 });
    const keys = await ctx.db.outboxMessage.findMany({
      where: { idempotencyKey: { startsWith: `communication:${id}:` } },
      select: { id: true, idempotencyKey: true, payload: true },
    });
    expect(keys).toHaveLength(1201);
    expect(new Set(keys.map((k) => k.idempotencyKey)).size).toBe(1201);
    // The payload names ids only, and is sealed anyway.
    expect(JSON.parse(unseal(keys[0]!.payload, at("outboxMessage", "payload", keys[0]!.id)))).toEqual({
      communicationId: id,
      recipientId: expect.any(String),
    });
    const status = value(await getCommunicationStatus(ctx, lawyer, { communicationId: id }));
    expect(status).toMatchObject({ status: "sending", counts: { queued: 1201, sent: 0, failed: 0 }, progress: { letterRecipients: 1 } });
    // Nothing personal in the audit trail.
    const audit = await ctx.db.auditEntry.findMany({ where: { action: { startsWith: "communication." } }, select: { detail: true } });
    expect(audit.map((entry) => entry.detail).join(" ")).not.toMatch(/Patient|@example\.org|Nováková/);
  }

  it("delivers through the outbox handler, records what each person was sent, and marks bounces", async () => {
    const id = await draft();
    value(
      await importRecipientsCsv(ctx, manager, {
        communicationId: id,
        csv: "name,email\nAnna Bell,anna@example.org\nBad Box,bounce@example.org\nCy Twice,cy@example.org\n",
      }),
    );
    value(await approveCommunication(ctx, dpo, { communicationId: id }));
    value(await sendCommunication(ctx, dpo, { communicationId: id }));
    const sent: OutgoingEmail[] = [];
    const mailer: MailSender = {
      async sendMail(mail) {
        if (mail.to === "bounce@example.org")
          throw Object.assign(new Error("550 5.1.1 <bounce@example.org>: no such user"), {
            code: "EENVELOPE",
            responseCode: 550,
            permanent: true,
          });
        sent.push(mail);
        return {};
      },
      close() {},
    };
    const mailFrom = "Practice A <dpo@practice-a.example>";
    const worker = new OutboxWorker({
      db: ctx.db,
      provider: ctx.provider,
      handlers: () => new Map([["communication", createCommunicationHandler({ mailer, mailFrom })]]),
      maxPerSecond: Infinity,
      log: () => {},
    });
    await worker.processDue();
    expect(sent.map((mail) => mail.to).sort()).toEqual(["anna@example.org", "cy@example.org"]);
    expect(sent.find((mail) => mail.to === "anna@example.org")!.text).toContain("Anna Bell");
    const status = value(await getCommunicationStatus(ctx, dpo, { communicationId: id }));
    expect(status).toMatchObject({
      status: "partially_failed",
      counts: { queued: 0, sent: 2, failed: 1 },
      progress: { bounced: 1, done: 1 },
    });
    const people = value(await listRecipients(ctx, dpo, { communicationId: id })).recipients;
    const anna = people.find((p) => p.name === "Anna Bell")!;
    expect(anna).toMatchObject({ status: "sent", attempts: 1, messageId: sent.find((m) => m.to === "anna@example.org")!.messageId });
    const bounced = people.find((p) => p.name === "Bad Box")!;
    expect(bounced.status).toBe("bounced");
    expect(bounced.lastError).not.toContain("bounce@example.org");
    const kept = await ctx.db.sentMessage.findUniqueOrThrow({ where: { recipientId: anna.id } });
    expect(kept.content).not.toContain("Anna");
    expect(JSON.parse(unseal(kept.content, at("sentMessage", "content", kept.recipientId)))).toMatchObject({
      to: "anna@example.org",
      name: "Anna Bell",
      text: expect.stringContaining("Anna Bell"),
    });
    const finished = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "communication.send.finished" },
      orderBy: { seq: "desc" },
    });
    expect(JSON.parse(finished.detail)).toMatchObject({ communicationId: id, status: "partially_failed", sent: 2, bounced: 1 });

    // A message already recorded as sent is not sent again if the outbox runs it once more (crash window).
    const key = await ctx.db.outboxMessage.findFirstOrThrow({ where: { idempotencyKey: `communication:${id}:recipient:${anna.id}` } });
    await ctx.db.outboxMessage.update({ where: { id: key.id }, data: { status: "pending" } });
    await worker.processDue();
    expect(sent).toHaveLength(2);
  });

  it("prints letters for people without e-mail and the public notice as text and PDF", async () => {
    const id = await draft("letter");
    value(
      await importRecipientsCsv(ctx, manager, {
        communicationId: id,
        csv: 'name,address\nLena Post,"1 Rue A\n75001 Paris"\nMax Brief,2 Road B\n',
      }),
    );
    expect(await communicationLettersPdf(ctx, manager, { communicationId: id })).toMatchObject({ ok: false, error: "conflict" });
    value(await approveCommunication(ctx, dpo, { communicationId: id }));
    const letters = value(await communicationLettersPdf(ctx, manager, { communicationId: id }));
    expect(Buffer.from(letters.bytes.slice(0, 5)).toString()).toBe("%PDF-");
    expect(letters.pages).toBeGreaterThanOrEqual(2);
    const noticeId = await draft("public_notice", dpo);
    value(await approveCommunication(ctx, dpo, { communicationId: noticeId }));
    const notice = value(await getPublicNotice(ctx, lawyer, { communicationId: noticeId }));
    expect(notice).toMatchObject({ approved: true, text: expect.stringContaining("Practice practice-a") });
    const pdf = value(await publicNoticePdf(ctx, lawyer, { communicationId: noticeId }));
    expect(pdf.pages).toBeGreaterThanOrEqual(1);
    expect(await removeRecipient(ctx, strangerDpo, { communicationId: id, recipientId: "x" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });
});
