import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import type { MailSender } from "@/lib/mail/transport";
import { OutboxWorker } from "@/lib/mail/worker";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { getCommunicationStatus } from "@/lib/server/communications/communication-status";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { followUpUnreached } from "@/lib/server/communications/follow-up-unreached";
import { listCommunications } from "@/lib/server/communications/get-communication";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { createCommunicationHandler } from "@/lib/server/communications/outbox-handler";
import { recordOfflineDelivery } from "@/lib/server/communications/record-offline-delivery";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { openObligations } from "@/lib/server/deadlines/open-obligations";
import { incidentToTell as toTell, twoPractices, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";
import { communicationPost } from "./support/communication-route";

/*
 * Following up the people a communication did not reach (GDPR Art. 34: they are not told yet): a new
 * draft for exactly them, by letter, e-mail again or public notice; what it cannot list for want of an
 * address is named; roles, tenancy and state; the Art. 34 clock stays open until the follow-up is sent.
 */
/** The letters are posted at the moment the DPO records it (approval happens at NOW too). */
const POSTED = "2026-03-28T13:00:00+01:00";
const NOW = new Date("2026-03-28T12:00:00Z");
/** Two bounce: one has a postal address, one has none. */
const CSV = [
  "name;email;postal address",
  "Anna Bell;anna@example.org;1 Rue A 75001 Paris",
  "Bruno Carré;bounce-1@example.org;2 Rue B 75002 Paris",
  "Chloé Dumas;bounce-2@example.org;",
  "Dora Engel;dora@example.org;",
].join("\n");

let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
let lawyer: Actor;
let strangerDpo: Actor;

beforeAll(async () => {
  ctx = await createTestContext({ now: NOW });
  const people = await twoPractices(ctx);
  ({ manager, dpo, lawyer, strangerDpo } = people);
});
afterAll(async () => {
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

const incidentToTell = () => toTell(ctx, manager, dpo);

/** An e-mail to the four people of CSV, sent through the outbox; the two bounce-* addresses bounce. */
async function partlyBouncedEmail(incidentId: string): Promise<string> {
  const id = value(await createCommunicationDraft(ctx, manager, { incidentId, language: "fr", channel: "email" })).communication.id;
  expect(value(await importRecipientsCsv(ctx, manager, { communicationId: id, csv: CSV })).added).toBe(4);
  value(await approveCommunication(ctx, dpo, { communicationId: id }));
  value(await sendCommunication(ctx, dpo, { communicationId: id }));
  const mailer: MailSender = {
    async sendMail(mail) {
      if (String(mail.to).startsWith("bounce-"))
        throw Object.assign(new Error("550 5.1.1 no such user"), { code: "EENVELOPE", responseCode: 550, permanent: true });
      return {};
    },
    close() {},
  };
  const handler = createCommunicationHandler({ mailer, mailFrom: "Practice A <dpo@practice-a.example>" });
  await new OutboxWorker({
    db: ctx.db,
    provider: ctx.provider,
    handlers: () => new Map([["communication", handler]]),
    maxPerSecond: Infinity,
    log: () => {},
  }).processDue();
  expect(value(await getCommunicationStatus(ctx, dpo, { communicationId: id })).status).toBe("partially_failed");
  return id;
}

async function openKeys(reference: string): Promise<string[]> {
  return value(await openObligations(ctx, dpo))
    .items.filter((item) => item.reference === reference)
    .map((item) => `${item.regime}:${item.obligation}`);
}

const namesOn = async (communicationId: string) =>
  value(await listRecipients(ctx, dpo, { communicationId })).recipients.map((r) => ({
    name: r.name,
    email: r.email,
    postalAddress: r.postalAddress,
    status: r.status,
  }));

describe("a follow-up for the people not reached", () => {
  it("prepares letters for the bounced e-mails, names who has no address, and closes the Art. 34 clock once posted", async () => {
    const incident = await incidentToTell();
    const email = await partlyBouncedEmail(incident.id);
    expect(await openKeys(incident.reference)).toContain("gdpr:communicate-subjects");

    const followUp = value(await followUpUnreached(ctx, manager, { communicationId: email, channel: "letter" }));
    expect(followUp).toMatchObject({ unreached: 2, covered: 1, lacking: [{ name: "Chloé Dumas", needs: "postal address" }] });
    expect(followUp.communication).toMatchObject({
      status: "draft",
      channel: "letter",
      language: "fr",
      followUpOfId: email,
      incidentId: incident.id,
    });
    // Only the unreached person with an address; the letter carries no e-mail address.
    expect(await namesOn(followUp.communication.id)).toEqual([
      { name: "Bruno Carré", email: null, postalAddress: "2 Rue B 75002 Paris", status: "pending" },
    ]);
    const listed = value(await listCommunications(ctx, lawyer, { incidentId: incident.id }));
    expect(listed.find((c) => c.id === followUp.communication.id)?.followUpOfId).toBe(email);
    // The audit trail has counts, never the people.
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "communication.follow_up" }, orderBy: { seq: "desc" } });
    expect(JSON.parse(audit.detail)).toEqual({
      communicationId: followUp.communication.id,
      followUpOf: email,
      channel: "letter",
      unreached: 2,
      covered: 1,
      lacking: 1,
    });
    expect(audit.detail).not.toMatch(/Bruno|Chloé|example\.org|Rue/);

    // A draft is not telling anyone: the clock stays open until the letters are posted.
    expect(await openKeys(incident.reference)).toContain("gdpr:communicate-subjects");
    value(await approveCommunication(ctx, dpo, { communicationId: followUp.communication.id }));
    value(await recordOfflineDelivery(ctx, dpo, { communicationId: followUp.communication.id, sentAt: POSTED }));
    expect(await openKeys(incident.reference)).not.toContain("gdpr:communicate-subjects");
  });

  it("sends e-mail again to every bounced address, or covers them all with a public notice", async () => {
    const incident = await incidentToTell();
    const email = await partlyBouncedEmail(incident.id);

    const again = value(await followUpUnreached(ctx, dpo, { communicationId: email, channel: "email" }));
    expect(again).toMatchObject({ unreached: 2, covered: 2, lacking: [] });
    expect((await namesOn(again.communication.id)).map((r) => [r.name, r.email, r.postalAddress]).sort()).toEqual([
      ["Bruno Carré", "bounce-1@example.org", "2 Rue B 75002 Paris"],
      ["Chloé Dumas", "bounce-2@example.org", null],
    ]);

    const notice = value(await followUpUnreached(ctx, dpo, { communicationId: email, channel: "public_notice" }));
    expect(notice).toMatchObject({ unreached: 2, covered: 2, lacking: [] });
    expect(notice.communication).toMatchObject({ channel: "public_notice", followUpOfId: email });
    expect(await ctx.db.recipient.count({ where: { communicationId: notice.communication.id } })).toBe(0);
  });

  it("follows up the letters that were not posted", async () => {
    const incident = await incidentToTell();
    const letters = value(
      await createCommunicationDraft(ctx, manager, {
        incidentId: incident.id,
        language: "en",
        channel: "letter",
        recipients: [
          { name: "Eva Post", postalAddress: "5 Road E" },
          { name: "Finn Post", postalAddress: "6 Road F" },
        ],
      }),
    ).communication.id;
    value(await approveCommunication(ctx, dpo, { communicationId: letters }));
    const finn = (await namesOn(letters)).findIndex((r) => r.name === "Finn Post");
    const finnId = value(await listRecipients(ctx, dpo, { communicationId: letters })).recipients[finn]!.id;
    value(
      await recordOfflineDelivery(ctx, dpo, {
        communicationId: letters,
        sentAt: POSTED,
        notPosted: [{ recipientId: finnId, reason: "Envelope returned: moved away" }],
      }),
    );

    const followUp = value(await followUpUnreached(ctx, dpo, { communicationId: letters, channel: "letter" }));
    expect(followUp).toMatchObject({ unreached: 1, covered: 1, lacking: [] });
    expect((await namesOn(followUp.communication.id)).map((r) => r.name)).toEqual(["Finn Post"]);
    // Nobody has an e-mail address: e-mail cannot reach anyone, and the refusal says so on the field.
    const byEmail = await followUpUnreached(ctx, dpo, { communicationId: letters, channel: "email" });
    expect(byEmail).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "channel", problem: expect.stringContaining("none of the 1 people not reached has an e-mail address") }],
    });
  });
});

describe("when there is nothing to follow up, or no right to", () => {
  it("refuses a draft, a communication that reached everyone, the lawyer, another practice, a bad channel; writes nothing", async () => {
    const incident = await incidentToTell();
    const email = await partlyBouncedEmail(incident.id);
    const draft = value(await createCommunicationDraft(ctx, manager, { incidentId: incident.id, language: "en", channel: "email" }))
      .communication.id;
    const reachedAll = value(
      await createCommunicationDraft(ctx, manager, {
        incidentId: incident.id,
        language: "en",
        channel: "letter",
        recipients: [{ name: "Gil Ok", postalAddress: "7 Road G" }],
      }),
    ).communication.id;
    value(await approveCommunication(ctx, dpo, { communicationId: reachedAll }));
    value(await recordOfflineDelivery(ctx, dpo, { communicationId: reachedAll, sentAt: POSTED }));
    const before = await ctx.db.communication.count();

    expect(await followUpUnreached(ctx, dpo, { communicationId: draft, channel: "letter" })).toMatchObject({
      ok: false,
      error: "conflict",
      message: expect.stringContaining("this one is draft"),
    });
    expect(await followUpUnreached(ctx, dpo, { communicationId: reachedAll, channel: "letter" })).toMatchObject({
      ok: false,
      error: "conflict",
      message: expect.stringContaining("this one is sent"),
    });
    expect(await followUpUnreached(ctx, lawyer, { communicationId: email, channel: "letter" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await followUpUnreached(ctx, strangerDpo, { communicationId: email, channel: "letter" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await followUpUnreached(ctx, dpo, { communicationId: email, channel: "fax" as never })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "channel", problem: "must be one of: email, letter, public_notice" }],
    });
    expect(await ctx.db.communication.count()).toBe(before);
  });
});

describe("POST /api/v1/communications/{id}/follow-up", () => {
  let call: Awaited<ReturnType<typeof communicationPost>>;
  const tokens: Record<"manager" | "lawyer", string> = { manager: "", lawyer: "" };

  beforeAll(async () => {
    process.env.DATABASE_URL = ctx.url;
    ctx.clock.now = new Date();
    tokens.manager = value(await createApiToken(ctx, cliOperator, { email: "manager@example.org" })).token;
    tokens.lawyer = value(await createApiToken(ctx, cliOperator, { email: "lawyer@example.org" })).token;
    ctx.clock.now = NOW;
    call = await communicationPost("follow-up");
  });

  it("creates the follow-up (201 with its location) and answers refusals with problem+json naming the field", async () => {
    const incident = await incidentToTell();
    const email = await partlyBouncedEmail(incident.id);
    expect(await call(tokens.lawyer, email, { channel: "letter" })).toMatchObject({ status: 403, type: "application/problem+json" });
    expect(await call(tokens.manager, email, {})).toMatchObject({
      status: 422,
      json: { errors: [{ field: "channel", problem: expect.stringContaining("must be one of") }] },
    });
    expect(await call(tokens.manager, email, { channel: "letter", extra: 1 })).toMatchObject({ status: 422 });
    const done = await call(tokens.manager, email, { channel: "letter" });
    expect(done).toMatchObject({
      status: 201,
      json: {
        unreached: 2,
        covered: 1,
        lacking: [{ name: "Chloé Dumas", needs: "postal address" }],
        communication: { followUpOfId: email, status: "draft" },
      },
    });
    expect(done.location).toBe(`/api/v1/communications/${(done.json.communication as { id: string }).id}`);
  });
});
