import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { bindingColumnOf, ENCRYPTED_COLUMNS, type EncryptedTable } from "@/lib/server/crypto/encrypted-columns";
import { ensureEncryptionKeys } from "@/lib/server/crypto/ensure-keys";
import { keysReadTheData } from "@/lib/server/crypto/keys-health";
import { keyFilePath, keyring, keyringFrom, resetKeyringCache, saveKeyFile, type KeyFile } from "@/lib/server/crypto/keyring";
import { tableAccess } from "@/lib/server/crypto/reencrypt-column-values";
import { retireOldKeys, rotateKeys } from "@/lib/server/crypto/rotate-keys";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, blindIndex, seal, sealUnbound, unseal, type SealedPlace } from "@/lib/server/crypto/sealed-text";
import { readDecrypted, storeEncrypted } from "@/lib/server/incidents/attachments/attachment-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";
import { cli } from "./support/cli";

let ctx: TestContext;
/** Every sealed value written, by "table/id/column", with its plaintext. */
const plaintexts = new Map<string, string>();
let incidentUpdatedAt: Date;
let attachmentId: string;
const attachmentBytes = Buffer.from("%PDF-1.4 lab results of patient 4711\n".repeat(50));
const EMAIL = "patient@example.org";
let emailDigest: string;
/** The key ids in the order this file creates them (random, so read from the key file and the reports). */
let k1 = "";
let k2 = "";
let k3 = "";
let k4 = "";

beforeAll(async () => {
  ctx = await createTestContext();
  // A key file of this file's own: other test files share the run's data folder and must keep their k1.
  process.env.BREACHDESK_DATA_DIR = mkdtempSync(path.join(tmpdir(), "bd-keys-"));
  delete process.env.BREACHDESK_ENCRYPTION_KEYS;
  process.env.DATABASE_URL = ctx.url;
  resetKeyringCache();
  await ensureEncryptionKeys(ctx.db);
  emailDigest = blindIndex(EMAIL);
  await seedSealedValues();
});
afterEach(async () => closeCliResources());
afterAll(async () => {
  delete process.env.DATABASE_URL;
  delete process.env.BREACHDESK_ENCRYPTION_KEYS;
  await ctx.close();
});

/** Seeded in the format from before values were bound to their row: the first rotation rewrites them. */
function sealed(table: EncryptedTable, id: string, column: string, plaintext: string): string {
  plaintexts.set(`${table}/${id}/${column}`, plaintext);
  return sealUnbound(plaintext);
}

async function seedSealedValues() {
  const org = await createOrganization(ctx, cliOperator, { name: "Praxis Rotation" });
  const member = await addMember(ctx, cliOperator, { organization: "praxis-rotation", email: "dpo@rotation.example", role: "dpo" });
  if (!org.ok || !member.ok) throw new Error("seed failed");
  const userId = member.value.userId;
  await ctx.db.user.update({ where: { id: userId }, data: { totpSecret: sealed("user", userId, "totpSecret", "JBSWY3DPEHPK3PXP") } });

  const incident = await ctx.db.incident.create({
    data: {
      organizationId: org.value.id,
      reference: "BD-2026-0001",
      title: "",
      description: "",
      awareAt: new Date("2026-03-27T08:00:00Z"),
      timeZone: "Europe/Berlin",
      createdById: userId,
    },
  });
  const i = incident.id;
  await ctx.db.incident.update({
    where: { id: i },
    data: {
      title: sealed("incident", i, "title", "Lab results of Ms K. sent to the wrong patient"),
      description: sealed("incident", i, "description", "Ms K. received Mr L.'s HIV test result"),
      awarenessDelayReason: sealed("incident", i, "awarenessDelayReason", "The letter came back on Monday"),
      discoveryMethod: sealed("incident", i, "discoveryMethod", "Patient phoned the practice"),
      containment: sealed("incident", i, "containment", "Letter retrieved, envelope shredded"),
      notificationDetails: sealed("incident", i, "notificationDetails", '{"systemsInvolved":"Practice software, letter printer"}'),
      updatedAt: new Date("2026-03-27T09:00:00Z"),
    },
  });
  incidentUpdatedAt = (await ctx.db.incident.findUniqueOrThrow({ where: { id: i } })).updatedAt;

  const revision = await ctx.db.incidentRevision.create({ data: { incidentId: i, version: 1, snapshot: "", changedById: userId } });
  await ctx.db.incidentRevision.update({
    where: { id: revision.id },
    data: { snapshot: sealed("incidentRevision", revision.id, "snapshot", '{"title":"Lab results"}') },
  });
  const event = await ctx.db.incidentEvent.create({
    data: { incidentId: i, happenedAt: new Date(), kind: "note", summary: "", recordedById: userId },
  });
  await ctx.db.incidentEvent.update({
    where: { id: event.id },
    data: { summary: sealed("incidentEvent", event.id, "summary", "Called the patient") },
  });
  // Five comments and a batch size of 2: several batches, the last one partial.
  for (let n = 1; n <= 5; n++) {
    const comment = await ctx.db.comment.create({ data: { incidentId: i, authorId: userId, body: "" } });
    await ctx.db.comment.update({
      where: { id: comment.id },
      data: { body: sealed("comment", comment.id, "body", `Comment ${n}: Ärztin informiert ✓`) },
    });
  }
  const communication = await ctx.db.communication.create({
    data: { incidentId: i, language: "de", channel: "letter", subject: "Information", content: "", createdById: userId },
  });
  await ctx.db.communication.update({
    where: { id: communication.id },
    data: { content: sealed("communication", communication.id, "content", '{"body":"Sehr geehrte Frau K."}') },
  });
  const filing = await ctx.db.filing.create({
    data: {
      incidentId: i,
      authority: "bfdi",
      kind: "initial",
      channel: "online_form",
      filedAt: new Date(),
      content: "",
      filedById: userId,
    },
  });
  await ctx.db.filing.update({
    where: { id: filing.id },
    data: {
      content: sealed("filing", filing.id, "content", '{"nature":"Befunde an falsche Adresse"}'),
      authorityReference: sealed("filing", filing.id, "authorityReference", "BfDI-2026-4711"),
      lateReason: sealed("filing", filing.id, "lateReason", "Frau K. rief erst am Montag an"),
    },
  });
  const task = await ctx.db.task.create({ data: { incidentId: i, title: "", createdById: userId } });
  await ctx.db.task.update({ where: { id: task.id }, data: { title: sealed("task", task.id, "title", "Call Ms K. back") } });
  const assessment = await ctx.db.assessment.create({
    data: {
      incidentId: i,
      version: 1,
      factsSnapshot: "{}",
      suggestion: "{}",
      riskLevel: "high",
      authorityDecision: "notify",
      authorityRationale: "",
      subjectsDecision: "communicate",
      subjectsRationale: "",
      decidedById: userId,
    },
  });
  await ctx.db.assessment.update({
    where: { id: assessment.id },
    data: {
      authorityRationale: sealed("assessment", assessment.id, "authorityRationale", "Ms K.'s HIV status was disclosed"),
      subjectsRationale: sealed("assessment", assessment.id, "subjectsRationale", "Mr L. must be told"),
    },
  });
  const recipient = await ctx.db.recipient.create({ data: { communicationId: communication.id, name: "", emailDigest, position: 1 } });
  await ctx.db.recipient.update({
    where: { id: recipient.id },
    data: {
      name: sealed("recipient", recipient.id, "name", "Frau K."),
      email: sealed("recipient", recipient.id, "email", EMAIL),
      postalAddress: sealed("recipient", recipient.id, "postalAddress", "Hauptstr. 1, 10115 Berlin"),
      lastError: sealed("recipient", recipient.id, "lastError", "550 mailbox of patient@example.org full"),
    },
  });
  const sent = await ctx.db.sentMessage.create({
    data: {
      recipientId: recipient.id,
      communicationId: communication.id,
      content: "",
      messageId: "<m1@breachdesk.test>",
      sentAt: new Date(),
      attempts: 1,
    },
  });
  await ctx.db.sentMessage.update({
    where: { id: sent.id },
    data: { content: sealed("sentMessage", recipient.id, "content", '{"to":"patient@example.org","subject":"Information"}') },
  });
  const outbox = await ctx.db.outboxMessage.create({ data: { kind: "email", idempotencyKey: "rotation-test-1", payload: "" } });
  await ctx.db.outboxMessage.update({
    where: { id: outbox.id },
    data: { payload: sealed("outboxMessage", outbox.id, "payload", '{"to":"dpo@rotation.example"}') },
  });

  const newAttachmentId = newRowId();
  const stored = await storeEncrypted(blobStore(ctx), Readable.from([attachmentBytes]), 10_000_000, newAttachmentId);
  if (!stored.ok) throw new Error(stored.problem);
  const attachment = await ctx.db.attachment.create({
    data: {
      id: newAttachmentId,
      incidentId: i,
      fileName: "",
      contentType: "application/pdf",
      size: attachmentBytes.length,
      sha256: stored.stored.sha256,
      storageKey: stored.stored.storageKey,
      keyId: stored.stored.keyId,
      uploadedById: userId,
    },
  });
  await ctx.db.attachment.update({
    where: { id: attachment.id },
    data: { fileName: sealed("attachment", attachment.id, "fileName", "Befund_K_2026.pdf") },
  });
  attachmentId = attachment.id;
}

/** Every non-null value of every encrypted column, read straight from the database. */
/** Every non-null value of every encrypted column, read straight from the database, keyed by its place. */
async function storedValues(): Promise<Array<{ key: string; value: string; place: SealedPlace }>> {
  const values: Array<{ key: string; value: string; place: SealedPlace }> = [];
  for (const table of Object.keys(ENCRYPTED_COLUMNS) as EncryptedTable[]) {
    const columns = ENCRYPTED_COLUMNS[table];
    const binding = bindingColumnOf(table);
    const select = Object.fromEntries([["id", true], [binding, true], ...columns.map((c) => [c, true])]);
    for (const row of await tableAccess(ctx.db, table).findMany({ where: {}, select, orderBy: { id: "asc" }, take: 10_000 })) {
      for (const column of columns) {
        const value = row[column];
        const id = String(row[binding]);
        if (typeof value === "string" && value !== "")
          values.push({ key: `${table}/${id}/${column}`, value, place: { table, column, id } });
      }
    }
  }
  return values;
}

/** Every value under `keyId`, in the old unbound format ("enc1") as seeded or bound to its row ("enc2") once rewritten. */
async function expectAllSealedWith(keyId: string, format: "enc1" | "enc2" = "enc2") {
  resetKeyringCache();
  const values = await storedValues();
  expect(values.length).toBe(plaintexts.size);
  for (const { key, value, place } of values) {
    expect(value.startsWith(`${format}:${keyId}:`), key).toBe(true);
    expect(unseal(value, place), key).toBe(plaintexts.get(key));
  }
  const attachment = await ctx.db.attachment.findUniqueOrThrow({ where: { id: attachmentId } });
  expect(attachment.keyId).toBe(keyId);
  expect(await readDecrypted(blobStore(ctx), attachment.storageKey, attachment.id)).toEqual(attachmentBytes);
}

const keyFile = (): KeyFile => JSON.parse(readFileSync(keyFilePath(), "utf8")) as KeyFile;

describe("breachdesk keys rotate (key file)", () => {
  it("starts with every value sealed with the first key, whose id is not a counter", async () => {
    k1 = keyFile().current;
    expect(k1).toMatch(/^k-[0-9a-z]+-[0-9a-f]{12}$/);
    await expectAllSealedWith(k1, "enc1");
  });

  it("creates a new key, makes it current, and re-encrypts every value and attachment file with it", async () => {
    const before = await ctx.db.attachment.findUniqueOrThrow({ where: { id: attachmentId } });
    const { code, stdout, stderr } = await cli("keys", "rotate", "--batch-size", "2", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    k2 = report.newKeyId;
    expect(k2).toMatch(/^k-/);
    expect(k2).not.toBe(k1);
    expect(report).toMatchObject({ source: "file", newKeyId: k2, currentKeyId: k2, environmentValue: null, remaining: [] });
    const counts = Object.fromEntries(report.tables.map((t: { table: string; reencrypted: number }) => [t.table, t.reencrypted]));
    expect(counts).toEqual({
      incident: 6,
      incidentRevision: 1,
      incidentEvent: 1,
      task: 1,
      comment: 5,
      attachment: 1,
      communication: 1,
      assessment: 2,
      filing: 3,
      recipient: 4,
      sentMessage: 1,
      outboxMessage: 1,
      user: 1,
    });
    expect(report.attachmentFiles).toMatchObject({ files: 1, reencrypted: 1, missing: [] });
    expect(stderr).toContain("Comment: 4 checked...");
    expect(keyFile().current).toBe(k2);
    expect(Object.keys(keyFile().keys)).toEqual([k1, k2]);
    await expectAllSealedWith(k2);
    expect(await blobStore(ctx).size("attachments", before.storageKey)).toBeNull();
    // Health reads a sample of every table back through each value's own binding (a sent message's is its recipient).
    resetKeyringCache();
    expect(await keysReadTheData(ctx.db)).toBe(true);
  });

  it("changes how values are stored, not when the records were last changed; digests stay comparable", async () => {
    expect((await ctx.db.incident.findFirstOrThrow()).updatedAt).toEqual(incidentUpdatedAt);
    resetKeyringCache();
    expect(blindIndex(EMAIL)).toBe(emailDigest);
  });

  it("records the rotation in the audit trail, which still verifies", async () => {
    const actions = (await ctx.db.auditEntry.findMany({ where: { action: { startsWith: "keys." } }, orderBy: { seq: "asc" } })).map(
      (e) => e.action,
    );
    expect(actions).toEqual(["keys.rotate", "keys.reencrypt"]);
    expect(await cli("audit", "verify")).toMatchObject({ code: 0 });
  });

  it("keeps the first key while any value still uses it: --retire-old exits 1 naming where", async () => {
    const ringWithK1Current = { ...keyringFrom(keyFile()), current: k1 };
    const comment = await ctx.db.comment.findFirstOrThrow({ orderBy: { id: "asc" } });
    await ctx.db.comment.update({
      where: { id: comment.id },
      data: { body: seal(plaintexts.get(`comment/${comment.id}/body`)!, at("comment", "body", comment.id), ringWithK1Current) },
    });

    const { code, stdout } = await cli("keys", "rotate", "--retire-old");
    expect(code).toBe(1);
    expect(stdout).toContain(`Comment: 1 row still use ${k1}`);
    expect(Object.keys(keyFile().keys)).toEqual([k1, k2]);
  });

  it("--reencrypt brings the stragglers to the current key without creating one", async () => {
    const { code, stdout } = await cli("keys", "rotate", "--reencrypt");
    expect(code).toBe(0);
    expect(stdout).toContain("Comment: 1 value re-encrypted");
    expect(stdout).toContain(`Every value now uses ${k2}`);
    expect(keyFile().current).toBe(k2);
    await expectAllSealedWith(k2);
  });

  it("--retire-old then removes the first key only, and everything still decrypts; digests unchanged", async () => {
    const { code, stdout } = await cli("keys", "rotate", "--retire-old", "--json");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ retired: [k1], stillUsed: [], currentKeyId: k2 });
    const file = keyFile();
    expect(Object.keys(file.keys)).toEqual([k2]);
    expect(file.blindIndexKey).toBeDefined();
    await expectAllSealedWith(k2);
    expect(blindIndex(EMAIL)).toBe(emailDigest);
    expect(await cli("keys", "rotate", "--retire-old")).toMatchObject({ code: 0, stdout: `Nothing to retire: ${k2} is the only key.\n` });
  });

  it("never reuses a retired key's id", async () => {
    const { code, stdout } = await cli("keys", "rotate");
    expect(code).toBe(0);
    k3 = keyFile().current;
    expect([k1, k2]).not.toContain(k3);
    expect(stdout.startsWith(`New key ${k3} is now current`)).toBe(true);
    expect(stdout).toContain("Recipient: 4 values re-encrypted");
    expect(stdout).toContain("Attachment files: 1 re-encrypted");
    await expectAllSealedWith(k3);
  });

  it("lets a running process read values sealed with a key it has not loaded yet", async () => {
    resetKeyringCache();
    const loaded = keyring();
    const newer = { ...keyFile(), current: "k9", keys: { ...keyFile().keys, k9: Buffer.alloc(32, 9).toString("base64") } };
    const place = at("comment", "body", "any-row");
    const value = seal("sealed by the rotating process", place, keyringFrom(newer));
    saveKeyFile(newer);
    expect(loaded.keys.has("k9")).toBe(false);
    expect(unseal(value, place)).toBe("sealed by the rotating process");
    const { k9: _k9, ...restored } = newer.keys;
    saveKeyFile({ ...newer, current: k3, keys: restored });
    resetKeyringCache();
  });
});

describe("breachdesk keys rotate (keys from the environment)", () => {
  it("prints the new value for every instance and changes nothing", async () => {
    const fileBefore = readFileSync(keyFilePath(), "utf8");
    process.env.BREACHDESK_ENCRYPTION_KEYS = JSON.stringify(keyFile());
    resetKeyringCache();
    const { code, stdout } = await cli("keys", "rotate", "--json");
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    k4 = report.newKeyId;
    expect([k1, k2, k3]).not.toContain(k4);
    expect(report).toMatchObject({ source: "environment", newKeyId: k4, currentKeyId: k3, tables: [] });
    const proposed = JSON.parse(report.environmentValue) as KeyFile;
    expect(proposed.current).toBe(k4);
    expect(Object.keys(proposed.keys)).toEqual([k2, k3, k4]);
    expect(Buffer.from(proposed.keys[k4]!, "base64")).toHaveLength(32);
    expect(readFileSync(keyFilePath(), "utf8")).toBe(fileBefore);
    await expectAllSealedWith(k3);

    const text = await cli("keys", "rotate");
    expect(text.stdout).toContain("BREACHDESK_ENCRYPTION_KEYS");
    expect(text.stdout).toContain("nothing was written");

    // The operator gives every instance the new value, then re-encrypts and retires.
    process.env.BREACHDESK_ENCRYPTION_KEYS = report.environmentValue;
    resetKeyringCache();
    expect((await cli("keys", "rotate", "--reencrypt")).code).toBe(0);
    await expectAllSealedWith(k4);
    const retired = JSON.parse((await cli("keys", "rotate", "--retire-old", "--json")).stdout);
    expect(retired).toMatchObject({ source: "environment", retired: [k2, k3] });
    expect(Object.keys((JSON.parse(retired.environmentValue) as KeyFile).keys)).toEqual([k4]);
    expect(readFileSync(keyFilePath(), "utf8")).toBe(fileBefore);
    delete process.env.BREACHDESK_ENCRYPTION_KEYS;
    resetKeyringCache();
  });
});

describe("refusals", () => {
  it("refuses anyone but the operator", async () => {
    const admin: Actor = { kind: "user", userId: "u1", email: "admin@x.example", memberships: [], ip: null, via: "web" };
    expect(await rotateKeys(ctx, admin)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await retireOldKeys(ctx, admin)).toMatchObject({ ok: false, error: "forbidden" });
  });

  it.each([
    [["keys"], "action"],
    [["keys", "spin"], "keys"],
    [["keys", "rotate", "--batch-size", "0"], "--batch-size"],
    [["keys", "rotate", "--reencrypt", "--retire-old"], "--retire-old"],
    [["keys", "rotate", "--all"], "--all"],
  ])("%j exits 2 with one line naming %s", async (argv, field) => {
    const before = readFileSync(keyFilePath(), "utf8");
    const { code, stdout, stderr } = await cli(...argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr.startsWith(`${field}:`)).toBe(true);
    expect(readFileSync(keyFilePath(), "utf8")).toBe(before);
  });
});
