import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { addRecipient } from "@/lib/server/communications/add-recipient";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { getCommunication } from "@/lib/server/communications/get-communication";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { previewForRecipient } from "@/lib/server/communications/preview-for-recipient";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Issue 17: the page promised people could be added one by one, but only a CSV file could add them. One
 * person by hand follows the rules of a CSV line, names the field at fault, and a letter's preview is headed
 * with the person's name and postal address.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
let lawyer: Actor;
let incidentId: string;

const draft = async (channel: "email" | "letter") =>
  value(await createCommunicationDraft(ctx, dpo, { incidentId, language: "fr", channel })).communication.id;

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await practice(ctx, "practice-a");
  manager = await person(ctx, "manager", a.id, "manager");
  dpo = await person(ctx, "dpo", a.id, "dpo");
  lawyer = await person(ctx, "lawyer", a.id, "lawyer");
  incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, "BD-2026-0001");
});
afterAll(async () => ctx.close());

describe("adding one person by hand", () => {
  it("adds a person to a letter, and the preview is headed with their name and postal address", async () => {
    const communicationId = await draft("letter");
    value(
      await addRecipient(ctx, manager, {
        communicationId,
        recipient: { name: "Marie Dubois", postalAddress: "12 rue des Lilas\n69003 Lyon" },
      }),
    );
    const listed = value(await listRecipients(ctx, dpo, { communicationId }));
    expect(listed.recipients.map((r) => [r.name, r.postalAddress])).toEqual([["Marie Dubois", "12 rue des Lilas\n69003 Lyon"]]);
    const preview = value(await previewForRecipient(ctx, dpo, { communicationId, recipientId: listed.recipients[0]!.id }));
    expect(preview).toMatchObject({ name: "Marie Dubois", postalAddress: "12 rue des Lilas\n69003 Lyon", to: null });
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "communication.recipients.add" }, orderBy: { seq: "desc" } });
    expect(audit.detail).not.toContain("Dubois");
    expect(audit.detail).not.toContain("Lilas");
  });

  it("names the field at fault, by the rules of a CSV line", async () => {
    const letter = await draft("letter");
    const email = await draft("email");
    const fields = async (result: Awaited<ReturnType<typeof addRecipient>>) =>
      result.ok ? [] : result.error === "invalid" ? result.fields.map((f) => f.field) : [result.error];
    expect(
      await fields(await addRecipient(ctx, dpo, { communicationId: letter, recipient: { name: "Jan Novák", email: "jan@example.cz" } })),
    ).toEqual(["recipient.postalAddress"]);
    expect(await fields(await addRecipient(ctx, dpo, { communicationId: email, recipient: { name: "Jan Novák" } }))).toEqual([
      "recipient.email",
    ]);
    expect(
      await fields(await addRecipient(ctx, dpo, { communicationId: email, recipient: { name: "", email: "jan@example.cz" } })),
    ).toEqual(["recipient.name"]);
    expect(
      await fields(await addRecipient(ctx, dpo, { communicationId: email, recipient: { name: "Jan", email: "not an address" } })),
    ).toEqual(["recipient.email"]);
    value(await addRecipient(ctx, dpo, { communicationId: email, recipient: { name: "Jan Novák", email: "jan@example.cz" } }));
    expect(
      await fields(await addRecipient(ctx, dpo, { communicationId: email, recipient: { name: "J. Novák", email: "JAN@example.cz" } })),
    ).toEqual(["recipient.email"]);
    expect(
      await fields(await addRecipient(ctx, lawyer, { communicationId: email, recipient: { name: "Eva", email: "eva@example.cz" } })),
    ).not.toEqual([]);
  });

  it("sends an approved communication back to the DPO when its list changes", async () => {
    const communicationId = await draft("email");
    value(await addRecipient(ctx, dpo, { communicationId, recipient: { name: "Anna Weber", email: "anna@example.de" } }));
    value(await approveCommunication(ctx, dpo, { communicationId }));
    expect(value(await addRecipient(ctx, dpo, { communicationId, recipient: { name: "Karl Weber", email: "karl@example.de" } }))).toEqual({
      reopened: true,
    });
    expect(value(await getCommunication(ctx, dpo, { communicationId })).status).toBe("draft");
  });
});
