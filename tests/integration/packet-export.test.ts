import { copyFile, readFile } from "node:fs/promises";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { describeProblem } from "@/lib/documents/packet/packet-problems";
import { verifyPacket, type PacketVerification } from "@/lib/documents/packet/verify-packet";
import { listEntries, openZip } from "@/lib/documents/packet/zip-reader";
import { stolenRecords } from "./support/facts";
import { sealUnbound } from "@/lib/server/crypto/sealed-text";
import { cliOperator, type Actor, type Role } from "@/lib/server/actor";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { deploymentSigningKey } from "@/lib/server/signing/deployment-signing-key";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { exportPacket, readExportedPacket } from "@/lib/server/packet/export-packet";
import { entryDataRanges, flipByte } from "../unit/documents/packet-fixtures";
import { packetOnDisk } from "./support/stored-bytes";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";
import { member } from "./support/member";
import { acceptBothSuggestions } from "./support/assessed";

/* The submission packet: who may export it, what it holds, and that verify-packet catches tampering. */
let ctx: TestContext;
let incidentId: string;
let otherIncidentId: string;
const people: Record<string, Actor & { kind: "user" }> = {};
const EVIDENCE = Buffer.from(
  Array.from({ length: 4000 }, (_, i) => `2026-03-26 20:${String(i % 60).padStart(2, "0")} GET /appointments?page=${i}\n`).join(""),
);
const OTHER_SECRET = "OTHER-INCIDENT-TITLE-91c2";

const facts = stolenRecords(5300, 6100);
const WHY = "Health data of thousands of patients reached unknown people.";

function checked(result: PacketVerification) {
  if (result.status !== "checked") throw new Error(result.reason);
  return result;
}

async function person(key: string, organizationId: string, role: Role) {
  people[key] = await member(ctx, key, organizationId, role);
}

async function zipEntry(path: string, name: string): Promise<Buffer> {
  const zip = await openZip(path);
  try {
    const entry = (await listEntries(zip)).find((e) => e.fileName === name);
    if (!entry) throw new Error(`${name} not in packet`);
    const chunks: Buffer[] = [];
    for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  } finally {
    zip.close();
  }
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-28T10:00:00Z") });
  const a = await ctx.db.organization.create({
    data: { slug: "practice-a", name: "Dublin Family Practice", country: "IE", dpoName: "Aoife Byrne", dpoEmail: "dpo@practice.ie" },
  });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  for (const role of ["manager", "dpo", "lawyer", "admin"] as const) await person(role, a.id, role);
  await person("stranger", b.id, "dpo");
  await person("strangerManager", b.id, "manager");
  const base = { awareAt: "2026-03-27T09:30:00+01:00", timeZone: "Europe/Dublin", facts, submit: true as const };
  incidentId = value(
    await createIncident(ctx, people.manager!, {
      ...base,
      title: "Appointment database copied",
      description: "An attacker copied the appointment database.",
    }),
  ).id;
  // Another incident and another organisation act in between: their entries sit inside this incident's range.
  otherIncidentId = value(await createIncident(ctx, people.manager!, { ...base, title: OTHER_SECRET, description: "Unrelated." })).id;
  value(await createIncident(ctx, people.strangerManager!, { ...base, title: "Practice B breach", description: "Elsewhere." }));
  await acceptBothSuggestions(ctx, people.dpo!, incidentId, WHY);
  value(
    await addAttachment(ctx, people.manager!, {
      incidentId,
      purpose: "evidence",
      file: new File([EVIDENCE], "server log (copy).txt", { type: "text/plain" }),
    }),
  );
  value(await getIncident(ctx, people.dpo!, { incidentId: otherIncidentId }));
  // A message sent to the people, and a draft that never left: only the first belongs in the packet.
  for (const status of ["sent", "draft"]) {
    await ctx.db.communication.create({
      data: {
        incidentId,
        language: "en",
        channel: "email",
        status,
        subject: `Your data (${status})`,
        content: sealUnbound(JSON.stringify({ body: "We are writing to tell you about a breach." })),
        createdById: people.dpo!.userId,
        recipients: {
          create: [
            {
              position: 1,
              name: sealUnbound("Róisín Kelly"),
              email: sealUnbound("roisin.kelly@example.ie"),
              status: "sent",
              attempts: 1,
              sentAt: new Date("2026-03-28T09:30:00Z"),
              messageId: "<m1@bd>",
            },
            {
              position: 2,
              name: sealUnbound("Seán Murphy"),
              email: sealUnbound("sean@example.ie"),
              status: "failed",
              attempts: 3,
              lastError: "550 mailbox unavailable",
            },
          ],
        },
      },
    });
  }
  value(
    await recordFiling(ctx, people.dpo!, {
      incidentId,
      kind: "initial",
      channel: "online_form",
      filedAt: "2026-03-28T09:00:00Z",
      authorityReference: "DPC-1",
    }),
  );
});
afterAll(async () => ctx.close());

describe("who may export", () => {
  it("the DPO and the lawyer; not the manager or admin; another organisation finds nothing", async () => {
    expect(await exportPacket(ctx, people.manager!, { incidentId })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await exportPacket(ctx, people.admin!, { incidentId })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await exportPacket(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
    expect(value(await exportPacket(ctx, people.lawyer!, { incidentId })).manifest.files.length).toBeGreaterThan(5);
  });
});

describe("an exported packet", () => {
  let path: string;
  let exportId: string;

  beforeAll(async () => {
    const progress: number[] = [];
    const exported = value(await exportPacket(ctx, people.dpo!, { incidentId }, { onProgress: (p) => progress.push(p.filesDone) }));
    exportId = exported.exportId;
    path = await packetOnDisk(ctx, exportId);
    expect(progress.at(-1)).toBe(exported.manifest.files.length - 1);
  });

  it("verifies (OK n files), holds the documents, the filing, the decrypted evidence, and is audited", async () => {
    const result = checked(await verifyPacket(path));
    expect(result.problems).toEqual([]);
    const paths = result.manifest!.files.map((f) => f.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^documents\/notification-.*-dpc\.pdf$/),
        expect.stringMatching(/^documents\/notification-.*-dpc\.json$/),
        "documents/assessment.pdf",
        "documents/register-entry.pdf",
        "documents/timeline.json",
        "filings/01-initial-dpc.json",
        "attachments/001-evidence-server-log-copy-.txt",
        "audit.jsonl",
      ]),
    );
    expect((await zipEntry(path, "attachments/001-evidence-server-log-copy-.txt")).equals(EVIDENCE)).toBe(true);
    expect(paths.filter((p) => p.startsWith("communications/"))).toEqual([
      "communications/01-email/message.json",
      "communications/01-email/delivery-log.csv",
    ]);
    const log = (await zipEntry(path, "communications/01-email/delivery-log.csv")).toString("utf8");
    expect(log.trim().split("\n")).toHaveLength(3);
    expect(log).toContain("r***@example.ie,sent,1,2026-03-28T09:30:00.000Z");
    expect(log).toContain("550 mailbox unavailable");
    expect(log).not.toMatch(/Róisín|roisin\.kelly|Murphy/);
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "packet.export", detail: { contains: exportId } } })).toBe(1);
  });

  it("is signed with the deployment's key, with a signed checkpoint of the extract's last entry also stored in the database", async () => {
    const key = await deploymentSigningKey(ctx.db);
    const trusted = { keyId: key.keyId, publicKey: key.publicKey, source: "deployment" as const };
    const result = checked(await verifyPacket(path, { trustedKey: trusted }));
    expect(result.problems).toEqual([]);
    expect(result.signature).toMatchObject({ packetKeyId: key.keyId, checkedWith: "deployment" });
    const inPacket = JSON.parse((await zipEntry(path, "audit-checkpoint.json")).toString("utf8"));
    const lines = (await zipEntry(path, "audit.jsonl")).toString("utf8").trim().split("\n");
    const last = JSON.parse(lines.at(-1)!);
    expect(inPacket).toMatchObject({ seq: last.seq, headHash: last.hash, keyId: key.keyId });
    const stored = await ctx.db.auditCheckpoint.findFirstOrThrow({ where: { reason: "packet.export", seq: last.seq } });
    expect(stored.signature).toBe(inPacket.signature);
    expect((await zipEntry(path, "VERIFY.txt")).toString("utf8")).toContain(`${key.keyId}\n`);
    expect((await zipEntry(path, "VERIFY.txt")).toString("utf8")).toContain("https://breachdesk.test/api/signing-key");
    expect(value(await verifyAuditChain(ctx, cliOperator))).toMatchObject({ ok: true, problem: null });
  });

  it("holds the incident's audit range with others' entries redacted, hashed as the database chain", async () => {
    const lines = (await zipEntry(path, "audit.jsonl"))
      .toString("utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    const first = await ctx.db.auditEntry.findFirstOrThrow({ where: { incidentId }, orderBy: { seq: "asc" } });
    expect(lines[0]).toMatchObject({ seq: first.seq, id: first.id, hash: first.hash });
    const redacted = lines.filter((line) => line.redacted === true);
    expect(redacted.length).toBeGreaterThan(2);
    for (const line of redacted) expect(Object.keys(line).sort()).toEqual(["hash", "prevHash", "redacted", "seq"]);
    expect(lines.filter((line) => !line.redacted).every((line) => line.incidentId === incidentId)).toBe(true);
    const text = (await zipEntry(path, "audit.jsonl")).toString("utf8");
    expect(text).not.toContain(otherIncidentId);
    expect(text).not.toContain("strangerManager");
    const seqs = lines.map((line) => line.seq as number);
    expect(seqs).toEqual(seqs.map((_, i) => seqs[0]! + i));
  });

  it("names the file when a byte of it is flipped", async () => {
    const tampered = join(tmpdir(), `packet-flip-${exportId}.zip`);
    await copyFile(path, tampered);
    const name = "attachments/001-evidence-server-log-copy-.txt";
    const range = (await entryDataRanges(tampered)).get(name)!;
    await flipByte(tampered, range.start + Math.floor(range.length / 2));
    const result = checked(await verifyPacket(tampered));
    expect(result.ok).toBe(false);
    expect(result.problems.map(describeProblem).some((line) => line.startsWith(`${name}:`))).toBe(true);
  });

  it("is downloaded only by those who may export, for its own incident, and the download is audited", async () => {
    const download = value(await readExportedPacket(ctx, people.lawyer!, { incidentId, exportId }));
    const chunks: Buffer[] = [];
    for await (const chunk of download.stream) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).equals(await readFile(path))).toBe(true);
    expect(download.size).toBe(Buffer.concat(chunks).length);
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "packet.download" } })).toBe(1);
    expect(await readExportedPacket(ctx, people.manager!, { incidentId, exportId })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await readExportedPacket(ctx, people.stranger!, { incidentId, exportId })).toMatchObject({ ok: false, error: "not_found" });
    expect(await readExportedPacket(ctx, people.dpo!, { incidentId: otherIncidentId, exportId })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await readExportedPacket(ctx, people.dpo!, { incidentId, exportId: "../../etc/passwd" })).toMatchObject({
      ok: false,
      error: "invalid",
    });
  });

  it("altered in the database AFTER export: the packet still verifies (it is a snapshot)", async () => {
    const row = await ctx.db.auditEntry.findFirstOrThrow({ where: { incidentId, action: "assessment.create" } });
    await ctx.db.auditEntry.update({ where: { id: row.id }, data: { detail: JSON.stringify({ forged: true }) } });
    try {
      expect(checked(await verifyPacket(path)).problems).toEqual([]);
    } finally {
      await ctx.db.auditEntry.update({ where: { id: row.id }, data: { detail: row.detail } });
    }
  });
});

describe("an audit row altered in the database BEFORE export", () => {
  it("is named by verify-packet: entry seq and id", async () => {
    const row = await ctx.db.auditEntry.findFirstOrThrow({ where: { incidentId, action: "filing.create" } });
    await ctx.db.auditEntry.update({ where: { id: row.id }, data: { actorLabel: "someone-else@example.org" } });
    try {
      const exported = value(await exportPacket(ctx, people.dpo!, { incidentId }));
      const result = checked(await verifyPacket(await packetOnDisk(ctx, exported.exportId)));
      expect(result.ok).toBe(false);
      expect(result.problems).toEqual([expect.objectContaining({ kind: "audit_hash_mismatch", seq: row.seq, id: row.id })]);
      expect(describeProblem(result.problems[0]!)).toMatch(new RegExp(`seq ${row.seq} id ${row.id}`));
    } finally {
      await ctx.db.auditEntry.update({ where: { id: row.id }, data: { actorLabel: row.actorLabel } });
    }
  });
});
