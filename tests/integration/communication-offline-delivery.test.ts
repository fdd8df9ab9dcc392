import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb } from "@/lib/db/client";
import { listEntries, openZip } from "@/lib/documents/packet/zip-reader";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { readContent, renderForRecipient } from "@/lib/server/communications/frozen-content";
import { getCommunication } from "@/lib/server/communications/get-communication";
import { listRecipients } from "@/lib/server/communications/list-recipients";
import { recordOfflineDelivery } from "@/lib/server/communications/record-offline-delivery";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { openObligations } from "@/lib/server/deadlines/open-obligations";
import { exportPacket } from "@/lib/server/packet/export-packet";
import { incidentToTell as toTell, twoPractices, value } from "./support/communication-fixtures";
import { packetOnDisk } from "./support/stored-bytes";
import { createTestContext, type TestContext } from "./support/test-context";
import { communicationPost } from "./support/communication-route";

/*
 * Letters posted and public notices published, recorded by the DPO (GDPR Art. 34, 34(3)(c)): roles and
 * tenancy, the state and field rules, what is written (people sent with the letter kept as printed, the
 * timeline, the audit trail), the dashboard's Art. 34 clock closing at once, the packet, and the JSON API.
 */
/** Communications are approved at 10:00 UTC; the DPO records the posting later, at NOW. */
const APPROVED_AT = new Date("2026-03-28T10:00:00Z");
const NOW = new Date("2026-03-28T12:00:00Z");
const LETTER_PEOPLE = [
  { name: "Anna Bell", postalAddress: "1 Rue A\n75001 Paris" },
  { name: "Bruno Carré", postalAddress: "2 Rue B\n75002 Paris" },
  { name: "Chloé Dumas", postalAddress: "3 Rue C\n75003 Paris" },
];

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

const incidentToTell = (withHipaa = false) => toTell(ctx, manager, dpo, withHipaa);

async function approved(
  incidentId: string,
  channel: "letter" | "public_notice" | "email",
  approve = true,
  at = APPROVED_AT,
): Promise<string> {
  const recipients =
    channel === "letter" ? LETTER_PEOPLE : channel === "email" ? [{ name: "Eva Mail", email: "eva@example.org" }] : undefined;
  ctx.clock.now = at;
  try {
    const id = value(
      await createCommunicationDraft(ctx, manager, { incidentId, language: "en", channel, ...(recipients ? { recipients } : {}) }),
    ).communication.id;
    if (approve) value(await approveCommunication(ctx, dpo, { communicationId: id }));
    return id;
  } finally {
    ctx.clock.now = NOW;
  }
}

async function openKeys(reference: string): Promise<string[]> {
  return value(await openObligations(ctx, dpo))
    .items.filter((item) => item.reference === reference)
    .map((item) => `${item.regime}:${item.obligation}`);
}

/** What a refusal must leave: the communication still approved, nobody sent, nothing audited. */
async function untouched(communicationId: string) {
  const row = await ctx.db.communication.findUniqueOrThrow({ where: { id: communicationId }, select: { status: true, sentAt: true } });
  expect(row).toEqual({ status: "approved", sentAt: null });
  expect(await ctx.db.sentMessage.count({ where: { communicationId } })).toBe(0);
  expect(await ctx.db.recipient.count({ where: { communicationId, status: { not: "pending" } } })).toBe(0);
  expect(
    await ctx.db.auditEntry.count({
      where: { action: { in: ["communication.letters.posted", "communication.notice.published"] }, detail: { contains: communicationId } },
    }),
  ).toBe(0);
}

const POSTED = "2026-03-28T11:30:00+01:00";

describe("who may record it", () => {
  it("only the DPO: the manager and the lawyer are forbidden, another practice's DPO finds nothing", async () => {
    const incident = await incidentToTell();
    const id = await approved(incident.id, "letter");
    expect(await recordOfflineDelivery(ctx, manager, { communicationId: id, sentAt: POSTED })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await recordOfflineDelivery(ctx, lawyer, { communicationId: id, sentAt: POSTED })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await recordOfflineDelivery(ctx, strangerDpo, { communicationId: id, sentAt: POSTED })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    await untouched(id);
  });
});

describe("the state and field rules", () => {
  let incidentId = "";
  beforeAll(async () => {
    incidentId = (await incidentToTell()).id;
  });

  it("refuses a draft (approve first), an e-mail communication (naming channel), and a second recording", async () => {
    const draft = await approved(incidentId, "letter", false);
    expect(await recordOfflineDelivery(ctx, dpo, { communicationId: draft, sentAt: POSTED })).toMatchObject({
      ok: false,
      error: "conflict",
      message: expect.stringContaining("approves it first"),
    });
    const email = await approved(incidentId, "email");
    expect(await recordOfflineDelivery(ctx, dpo, { communicationId: email, sentAt: POSTED })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "channel" }],
    });
    expect((await ctx.db.communication.findUniqueOrThrow({ where: { id: email } })).status).toBe("approved");

    const letters = await approved(incidentId, "letter");
    value(await recordOfflineDelivery(ctx, dpo, { communicationId: letters, sentAt: POSTED }));
    const again = await recordOfflineDelivery(ctx, dpo, { communicationId: letters, sentAt: POSTED, how: "again" });
    expect(again).toMatchObject({
      ok: false,
      error: "conflict",
      message: expect.stringContaining("already recorded as posted on 28 Mar 2026, 11:30 CET"),
    });
    expect(await ctx.db.sentMessage.count({ where: { communicationId: letters } })).toBe(3);
    expect(await ctx.db.auditEntry.count({ where: { action: "communication.letters.posted", detail: { contains: letters } } })).toBe(1);
  });

  it("names each bad field and writes nothing", async () => {
    const letters = await approved(incidentId, "letter");
    const notice = await approved(incidentId, "public_notice");
    const people = value(await listRecipients(ctx, dpo, { communicationId: letters })).recipients;
    const fieldsOf = async (input: Parameters<typeof recordOfflineDelivery>[2]) => {
      const result = await recordOfflineDelivery(ctx, dpo, input);
      if (result.ok || result.error !== "invalid") throw new Error(`expected invalid, got ${JSON.stringify(result)}`);
      return result.fields.map((f) => f.field);
    };
    expect(await fieldsOf({ communicationId: letters, sentAt: "2026-03-28T13:00:00Z" })).toEqual(["sentAt"]); // an hour ahead of the clock
    // Before the approval (10:00Z).
    expect(await fieldsOf({ communicationId: letters, sentAt: "2026-03-28T09:00:00Z" })).toEqual(["sentAt"]);
    expect(await fieldsOf({ communicationId: letters, sentAt: "28/03/2026 11:00" })).toEqual(["sentAt"]);
    expect(await fieldsOf({ communicationId: letters, sentAt: POSTED, where: "https://example.org" })).toEqual(["where"]);
    expect(
      await fieldsOf({ communicationId: letters, sentAt: POSTED, notPosted: [{ recipientId: "someone-else", reason: "moved" }] }),
    ).toEqual(["notPosted.0.recipientId"]);
    expect(await fieldsOf({ communicationId: letters, sentAt: POSTED, notPosted: [{ recipientId: people[0]!.id, reason: " " }] })).toEqual([
      "notPosted.0.reason",
    ]);
    const twice = [people[0]!, people[0]!].map((p) => ({ recipientId: p.id, reason: "no valid address" }));
    expect(await fieldsOf({ communicationId: letters, sentAt: POSTED, notPosted: twice })).toEqual(["notPosted.1.recipientId"]);
    const everyone = people.map((p) => ({ recipientId: p.id, reason: "no valid address" }));
    expect(await fieldsOf({ communicationId: letters, sentAt: POSTED, notPosted: everyone })).toEqual(["notPosted"]);
    expect(await fieldsOf({ communicationId: notice, sentAt: POSTED })).toEqual(["where"]);
    expect(
      await fieldsOf({ communicationId: notice, sentAt: POSTED, where: "https://practice-a.example/notice", how: "post", notPosted: [] }),
    ).toEqual(["how"]);
    await untouched(letters);
    await untouched(notice);
  });
});

describe("letters posted", () => {
  it("makes the communication and each person sent, keeps each letter as printed, and closes the Art. 34 clock", async () => {
    const incident = await incidentToTell();
    const id = await approved(incident.id, "letter");
    expect(await openKeys(incident.reference)).toContain("gdpr:communicate-subjects");

    const recorded = value(await recordOfflineDelivery(ctx, dpo, { communicationId: id, sentAt: POSTED, how: "registered mail" }));
    expect(recorded).toMatchObject({
      posted: 3,
      notPosted: 0,
      communication: { status: "sent", sentAt: "2026-03-28T10:30:00.000Z", sentVia: "registered mail" },
    });
    expect(await openKeys(incident.reference)).not.toContain("gdpr:communicate-subjects");

    const stored = await ctx.db.communication.findUniqueOrThrow({ where: { id } });
    expect(stored.sentVia).not.toContain("registered");
    const people = value(await listRecipients(ctx, dpo, { communicationId: id })).recipients;
    expect(people.map((p) => [p.status, p.sentAt, p.messageId])).toEqual(
      LETTER_PEOPLE.map(() => ["sent", "2026-03-28T10:30:00.000Z", null]),
    );
    const content = readContent(stored);
    if (content.state !== "approved") throw new Error("not approved");
    for (const recipient of people) {
      const kept = await ctx.db.sentMessage.findUniqueOrThrow({ where: { recipientId: recipient.id } });
      expect(kept.content).not.toContain(recipient.name.split(" ")[0]);
      const printed = renderForRecipient(content.input, "en", recipient.name);
      if (!printed.ok) throw new Error("letter cannot be written");
      expect(JSON.parse(unseal(kept.content, at("sentMessage", "content", kept.recipientId)))).toEqual({
        channel: "letter",
        to: recipient.postalAddress,
        name: recipient.name,
        subject: printed.message.subject,
        text: printed.message.text,
      });
      expect(kept.sentAt.toISOString()).toBe("2026-03-28T10:30:00.000Z");
    }

    const event = await ctx.db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "communicated" } });
    expect(unseal(event.summary, at("incidentEvent", "summary", event.id))).toBe("Letters posted to 3 people (registered mail)");
    expect(event.happenedAt.toISOString()).toBe("2026-03-28T10:30:00.000Z");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { incidentId: incident.id, action: "communication.letters.posted" } });
    expect(JSON.parse(audit.detail)).toEqual({
      communicationId: id,
      channel: "letter",
      status: "sent",
      sentAt: "2026-03-28T10:30:00.000Z",
      posted: 3,
      notPosted: 0,
    });
    expect(audit.detail).not.toMatch(/Anna|Rue/);
    expect(value(await getCommunication(ctx, lawyer, { communicationId: id })).reached).toEqual({ sent: 3, notReached: 0 });
  });

  it("records the letters not posted as failed with their reason, the rest as sent: partially failed", async () => {
    const incident = await incidentToTell();
    const id = await approved(incident.id, "letter");
    const people = value(await listRecipients(ctx, dpo, { communicationId: id })).recipients;
    const chloe = people.find((p) => p.name === "Chloé Dumas")!;
    const recorded = value(
      await recordOfflineDelivery(ctx, dpo, {
        communicationId: id,
        sentAt: POSTED,
        notPosted: [{ recipientId: chloe.id, reason: "No valid postal address (returned)" }],
      }),
    );
    expect(recorded).toMatchObject({ posted: 2, notPosted: 1, communication: { status: "partially_failed", sentVia: null } });
    const after = value(await listRecipients(ctx, dpo, { communicationId: id })).recipients;
    expect(after.find((p) => p.id === chloe.id)).toMatchObject({
      status: "failed",
      lastError: "No valid postal address (returned)",
      sentAt: null,
    });
    expect(after.filter((p) => p.status === "sent")).toHaveLength(2);
    expect(await ctx.db.sentMessage.count({ where: { communicationId: id } })).toBe(2);
    expect(await ctx.db.sentMessage.count({ where: { recipientId: chloe.id } })).toBe(0);
    const event = await ctx.db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "communicated" } });
    expect(unseal(event.summary, at("incidentEvent", "summary", event.id))).toBe("Letters posted to 2 people; 1 not posted");
    expect(value(await getCommunication(ctx, dpo, { communicationId: id })).reached).toEqual({ sent: 2, notReached: 1 });
  });
});

async function zipText(file: string, name: string): Promise<string> {
  const zip = await openZip(file);
  try {
    const entry = (await listEntries(zip)).find((e) => e.fileName === name);
    if (!entry) throw new Error(`${name} not in packet`);
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString("utf8");
  } finally {
    zip.close();
  }
}

describe("a public notice published, and the packet", () => {
  it("closes the Art. 34 and HIPAA media clocks, and the packet shows the letters posted and the notice published", async () => {
    const incident = await incidentToTell(true);
    expect(await openKeys(incident.reference)).toEqual(expect.arrayContaining(["gdpr:communicate-subjects", "hipaa:notify-media"]));
    const notice = await approved(incident.id, "public_notice");
    const where = "https://practice-a.example/breach-notice";
    const recorded = value(await recordOfflineDelivery(ctx, dpo, { communicationId: notice, sentAt: "2026-03-28T10:05:00Z", where }));
    expect(recorded).toMatchObject({
      posted: 0,
      notPosted: 0,
      communication: { status: "sent", sentAt: "2026-03-28T10:05:00.000Z", sentVia: where },
    });
    const open = await openKeys(incident.reference);
    expect(open).not.toContain("gdpr:communicate-subjects");
    expect(open).not.toContain("hipaa:notify-media");
    expect(open).not.toContain("hipaa:notify-individuals");
    const event = await ctx.db.incidentEvent.findFirstOrThrow({ where: { incidentId: incident.id, kind: "communicated" } });
    expect(unseal(event.summary, at("incidentEvent", "summary", event.id))).toBe(`Public notice published at ${where}`);
    expect(await ctx.db.auditEntry.count({ where: { incidentId: incident.id, action: "communication.notice.published" } })).toBe(1);

    // Created a minute later, so the packet numbers the two communications in a known order.
    const letters = await approved(incident.id, "letter", true, new Date(APPROVED_AT.getTime() + 60_000));
    value(await recordOfflineDelivery(ctx, dpo, { communicationId: letters, sentAt: POSTED, how: "registered mail" }));
    const exported = value(await exportPacket(ctx, dpo, { incidentId: incident.id }));
    const file = await packetOnDisk(ctx, exported.exportId);
    const paths = exported.manifest.files.map((f) => f.path).filter((p) => p.startsWith("communications/"));
    expect(paths).toEqual([
      "communications/01-public_notice/message.json",
      "communications/02-letter/message.json",
      "communications/02-letter/delivery-log.csv",
    ]);
    const noticeJson = JSON.parse(await zipText(file, "communications/01-public_notice/message.json")) as Record<string, unknown>;
    expect(noticeJson).toMatchObject({
      status: "sent",
      sentAt: "2026-03-28T10:05:00.000Z",
      delivery: {
        method: "public notice published",
        publishedAt: "2026-03-28T10:05:00.000Z",
        where,
        notice: { text: expect.stringContaining("Practice practice-a") },
      },
    });
    const lettersJson = JSON.parse(await zipText(file, "communications/02-letter/message.json")) as Record<string, unknown>;
    expect(lettersJson).toMatchObject({
      status: "sent",
      delivery: { method: "letters posted", postedAt: "2026-03-28T10:30:00.000Z", how: "registered mail" },
    });
    expect(JSON.stringify(lettersJson)).not.toContain("enc1:");
    const log = (await zipText(file, "communications/02-letter/delivery-log.csv")).trim().split("\n");
    expect(log[0]).toBe("recipient,email,status,attempts,sentAt,messageId,lastError,via");
    expect(log.slice(1)).toHaveLength(3);
    for (const line of log.slice(1)) expect(line).toMatch(/^[^,]+,,sent,1,2026-03-28T10:30:00\.000Z,,,letter$/);
    const timeline = JSON.parse(await zipText(file, "documents/timeline.json")) as { events: Array<{ kind: string; summary: string }> };
    expect(timeline.events.filter((e) => e.kind === "communicated").map((e) => e.summary)).toEqual([
      `Public notice published at ${where}`,
      "Letters posted to 3 people (registered mail)",
    ]);
  });
});

describe("POST /api/v1/communications/{id}/delivered", () => {
  let post: Awaited<ReturnType<typeof communicationPost>>;
  const tokens: Record<"dpo" | "manager", string> = { dpo: "", manager: "" };

  beforeAll(async () => {
    // The route handler uses defaultContext() on the real clock: tokens are issued on it too.
    process.env.DATABASE_URL = ctx.url;
    ctx.clock.now = new Date();
    tokens.dpo = value(await createApiToken(ctx, cliOperator, { email: "dpo@example.org" })).token;
    tokens.manager = value(await createApiToken(ctx, cliOperator, { email: "manager@example.org" })).token;
    ctx.clock.now = NOW;
    post = await communicationPost("delivered");
  });

  const call = async (token: string, id: string, body: unknown) => {
    const { cacheControl, status, type, json } = await post(token, id, body);
    expect(cacheControl).toBe("no-store");
    return { status, type, json };
  };

  it("records the letters posted for the DPO (200), and answers the others with problem+json naming the field", async () => {
    const incident = await incidentToTell();
    const letters = await approved(incident.id, "letter");
    const email = await approved(incident.id, "email");

    const forbidden = await call(tokens.manager, letters, { sentAt: POSTED });
    expect(forbidden).toMatchObject({ status: 403, type: "application/problem+json" });
    const future = await call(tokens.dpo, letters, { sentAt: "2999-01-01T00:00:00Z" });
    expect(future).toMatchObject({
      status: 422,
      type: "application/problem+json",
      json: { errors: [{ field: "sentAt", problem: "must not be in the future" }] },
    });
    const unknownField = await call(tokens.dpo, letters, { sentAt: POSTED, postedBy: "me" });
    expect(unknownField.status).toBe(422);
    const wrongChannel = await call(tokens.dpo, email, { sentAt: POSTED });
    expect(wrongChannel).toMatchObject({ status: 422, json: { errors: [{ field: "channel" }] } });

    const people = value(await listRecipients(ctx, dpo, { communicationId: letters })).recipients;
    const done = await call(tokens.dpo, letters, {
      sentAt: POSTED,
      how: "registered mail",
      notPosted: [{ recipientId: people[1]!.id, reason: "Envelope returned" }],
    });
    expect(done).toMatchObject({
      status: 200,
      json: { posted: 2, notPosted: 1, communication: { id: letters, status: "partially_failed", sentVia: "registered mail" } },
    });
    const again = await call(tokens.dpo, letters, { sentAt: POSTED });
    expect(again).toMatchObject({ status: 409, type: "application/problem+json" });
    const audit = await ctx.db.auditEntry.findFirstOrThrow({
      where: { action: "communication.letters.posted", detail: { contains: letters } },
    });
    expect(audit).toMatchObject({ actorLabel: "dpo@example.org" });
  });
});
