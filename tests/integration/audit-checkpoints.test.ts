import { generateKeyPairSync } from "node:crypto";
import { existsSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditHash } from "@/lib/domain/audit/chain";
import { CHECKPOINT_EVERY_ENTRIES, signCheckpoint } from "@/lib/domain/audit/checkpoint";
import { keyFingerprint, publicKeyPem } from "@/lib/domain/audit/signature";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { cliOperator } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { GET as getSigningKey } from "@/app/api/signing-key/route";
import { checkSigningKey } from "@/lib/server/start-up-check";
import { deploymentSigningKey, forgetSigningKey } from "@/lib/server/signing/deployment-signing-key";
import { writeTransaction } from "@/lib/server/transaction";
import { createTestContext, type TestContext } from "./support/test-context";
import { cli } from "./support/cli";

/* Signed checkpoints: what `audit verify` catches that recomputing the chain alone cannot. */
let ctx: TestContext;
let keyDir: string;
let keyFile: string;
let head: number;

async function append(count: number) {
  for (let i = 0; i < count; i += 1) {
    await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, cliOperator, { action: "test.entry", detail: { i } }, ctx.now()));
  }
  head = await ctx.db.auditEntry.count();
}

const rows = (from: number) => ctx.db.auditEntry.findMany({ where: { seq: { gte: from } }, orderBy: { seq: "asc" } });

/** What someone with write access to the database does: change an entry, then recompute every hash after it. */
async function editAndRecompute(seq: number, detail: string) {
  let previousHash = (await ctx.db.auditEntry.findUniqueOrThrow({ where: { seq: seq - 1 } })).hash;
  for (const row of await rows(seq)) {
    const fields = { ...row, at: row.at.toISOString(), prevHash: previousHash, detail: row.seq === seq ? detail : row.detail };
    const hash = auditHash(fields);
    await ctx.db.auditEntry.update({ where: { seq: row.seq }, data: { detail: fields.detail, prevHash: previousHash, hash } });
    previousHash = hash;
  }
}

async function restore(saved: Awaited<ReturnType<typeof rows>>) {
  await ctx.db.auditEntry.deleteMany({ where: { seq: { gte: saved[0]!.seq } } });
  for (const row of saved) await ctx.db.auditEntry.create({ data: row });
}

beforeAll(async () => {
  keyDir = mkdtempSync(path.join(tmpdir(), "bd-signing-"));
  keyFile = path.join(keyDir, "signing.json");
  process.env.BREACHDESK_SIGNING_KEY_FILE = keyFile;
  forgetSigningKey();
  ctx = await createTestContext();
  process.env.DATABASE_URL = ctx.url;
  const created = await createOrganization(ctx, cliOperator, { name: "Praxis Dr. Weber" });
  if (!created.ok) throw new Error(JSON.stringify(created));
  await append(30);
  expect(await cli("audit", "checkpoint")).toMatchObject({
    code: 0,
    stdout: expect.stringMatching(new RegExp(`^Signed checkpoint seq ${head} `)),
  });
});
afterEach(async () => closeCliResources());
afterAll(async () => {
  delete process.env.DATABASE_URL;
  delete process.env.BREACHDESK_SIGNING_KEY_FILE;
  forgetSigningKey();
  await ctx.close();
  rmSync(keyDir, { recursive: true, force: true });
});

describe("audit verify with signed checkpoints", () => {
  it("answers OK for an unchanged trail, saying the newest checkpoint covers every entry", async () => {
    const { code, stdout } = await cli("audit", "verify");
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^OK ${head} entries; newest signed checkpoint seq ${head} \\(.*\\); it covers every entry\\n$`));
  });

  it("detects an edit followed by recomputing the chain, naming the checkpoint", async () => {
    const saved = await rows(10);
    await editAndRecompute(10, JSON.stringify({ i: "forged" }));
    try {
      const checkpoint = await ctx.db.auditCheckpoint.findFirstOrThrow({ where: { seq: head } });
      const { code, stdout } = await cli("audit", "verify");
      expect(code).toBe(1);
      expect(stdout).toMatch(
        new RegExp(
          `^BROKEN signed checkpoint of seq ${head} \\(id ${checkpoint.id}, signed ` +
            `${checkpoint.at.toISOString()}, key .*\\): entry seq ${head} now has hash [0-9a-f]{16}…, the ` +
            `checkpoint signed ${checkpoint.headHash.slice(0, 16)}…: entries up to seq ${head} were changed and ` +
            `the chain recomputed\\n$`,
        ),
      );
      const json = JSON.parse((await cli("audit", "verify", "--json")).stdout);
      expect(json).toMatchObject({ ok: false, problem: { kind: "checkpoint_hash_mismatch", seq: head, id: checkpoint.id } });
    } finally {
      await restore(saved);
    }
    expect((await cli("audit", "verify")).code).toBe(0);
  });

  it("detects the last 12 entries cut", async () => {
    const saved = await rows(head - 11);
    await ctx.db.auditEntry.deleteMany({ where: { seq: { gt: head - 12 } } });
    try {
      const { code, stdout } = await cli("audit", "verify");
      expect(code).toBe(1);
      expect(stdout).toMatch(
        new RegExp(
          `^BROKEN signed checkpoint of seq ${head} .*: the trail ends at seq ${head - 12}: entries from seq ` +
            `${head - 11} to at least seq ${head} were removed\\n$`,
        ),
      );
    } finally {
      await restore(saved);
    }
  });

  it("says how many entries written after the newest checkpoint it cannot vouch for", async () => {
    await append(3);
    const { code, stdout } = await cli("audit", "verify");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      new RegExp(
        `^OK ${head} entries; newest signed checkpoint seq ${head - 3} .*; 3 newer entries are not yet covered by a checkpoint\\n$`,
      ),
    );
    // Which is exactly what an edit there can exploit: said plainly in the README ("What each check proves").
    const saved = await rows(head - 1);
    await editAndRecompute(head - 1, "{}");
    try {
      expect((await cli("audit", "verify")).code).toBe(0);
    } finally {
      await restore(saved);
    }
  });

  it(`signs a checkpoint by itself every ${CHECKPOINT_EVERY_ENTRIES} entries`, async () => {
    const newest = await ctx.db.auditCheckpoint.findFirstOrThrow({ orderBy: { seq: "desc" } });
    await append(CHECKPOINT_EVERY_ENTRIES);
    const made = await ctx.db.auditCheckpoint.findMany({ where: { seq: { gt: newest.seq } } });
    expect(made).toEqual([expect.objectContaining({ seq: newest.seq + CHECKPOINT_EVERY_ENTRIES, reason: "interval" })]);
    expect((await cli("audit", "verify")).code).toBe(0);
  });

  it("refuses a checkpoint signed by another key, and checks against a published key given with --key", async () => {
    const other = generateKeyPairSync("ed25519");
    const entry = await ctx.db.auditEntry.findUniqueOrThrow({ where: { seq: 20 } });
    const forged = signCheckpoint(
      { seq: 20, headHash: entry.hash, at: "2026-03-27T23:00:00.000Z", keyId: keyFingerprint(other.publicKey) },
      other.privateKey,
    );
    const row = await ctx.db.auditCheckpoint.create({ data: { ...forged, at: new Date(forged.at), reason: "interval" } });
    try {
      const { code, stdout } = await cli("audit", "verify");
      expect(code).toBe(1);
      expect(stdout).toMatch(/^BROKEN signed checkpoint of seq 20 .*: signed by a key that is not this deployment's key/);
    } finally {
      await ctx.db.auditCheckpoint.delete({ where: { id: row.id } });
    }
    const published = path.join(keyDir, "published.pem");
    writeFileSync(published, (await deploymentSigningKey(ctx.db)).publicKeyPem);
    expect((await cli("audit", "verify", "--key", published)).code).toBe(0);
    const stranger = path.join(keyDir, "stranger.pem");
    writeFileSync(stranger, publicKeyPem(other.publicKey));
    const { code, stdout } = await cli("audit", "verify", "--key", stranger);
    expect(code).toBe(1);
    expect(stdout).toMatch(/signed by a key that is not this deployment's key/);
    const bad = await cli("audit", "verify", "--key", path.join(keyDir, "none.pem"));
    expect(bad).toMatchObject({ code: 2, stdout: "", stderr: expect.stringMatching(/^--key: .*none\.pem: cannot be read/) });
  });

  it("refuses to sign with a new key, or to verify without one, once checkpoints exist and the key file is gone", async () => {
    const aside = `${keyFile}.aside`;
    renameSync(keyFile, aside);
    forgetSigningKey();
    try {
      const { code, stdout, stderr } = await cli("audit", "verify");
      expect({ code, stdout }).toEqual({ code: 2, stdout: "" });
      expect(stderr).toMatch(
        new RegExp(
          `^signing key: Signing key missing: ${keyFile.replace(/[.]/g, "\\.")} does not exist and the database ` +
            `holds \\d+ signed audit checkpoints\\. Restore`,
        ),
      );
      expect(stderr.trim().split("\n")).toHaveLength(1);
      await expect(append(CHECKPOINT_EVERY_ENTRIES)).rejects.toThrow(/Signing key missing/);
      await expect(checkSigningKey(ctx.db)).rejects.toThrow(
        /^Cannot start: Signing key missing: .* holds \d+ signed audit checkpoints\. Restore the signing key file from your backup there, or set BREACHDESK_SIGNING_KEY_FILE to where it is\.$/,
      );
      expect(existsSync(keyFile)).toBe(false);
    } finally {
      renameSync(aside, keyFile);
      forgetSigningKey();
    }
  });

  it("publishes the public key without sign-in (PEM and JSON), and `signing-key show` prints it with its fingerprint", async () => {
    const key = await deploymentSigningKey(ctx.db);
    expect(await checkSigningKey(ctx.db)).toEqual({ file: keyFile, keyId: key.keyId, created: false });
    const pem = await getSigningKey(new Request("http://127.0.0.1:3000/api/signing-key"));
    expect(pem.status).toBe(200);
    expect(pem.headers.get("content-type")).toMatch(/^application\/x-pem-file/);
    expect(pem.headers.get("x-signing-key-fingerprint")).toBe(key.keyId);
    expect(await pem.text()).toBe(key.publicKeyPem);
    const json = await (await getSigningKey(new Request("http://127.0.0.1:3000/api/signing-key?format=json"))).json();
    expect(json).toEqual({
      algorithm: "Ed25519",
      keyId: key.keyId,
      publicKey: key.publicKeyPem,
      fingerprintCommand: expect.stringContaining("sha256sum"),
    });
    expect(JSON.stringify(json)).not.toContain("PRIVATE");

    const shown = await cli("signing-key", "show");
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain(`fingerprint: ${key.keyId}\n`);
    expect(shown.stdout).toContain(key.publicKeyPem.trimEnd());
    expect(shown.stdout).not.toContain("PRIVATE");
    expect(await cli("signing-key", "show", "--pem")).toEqual({ code: 0, stdout: key.publicKeyPem, stderr: "" });
    expect(JSON.parse((await cli("signing-key", "show", "--json")).stdout)).toMatchObject({
      keyId: key.keyId,
      file: keyFile,
      publishedAt: expect.stringMatching(/\/api\/signing-key$/),
    });
    expect(await cli("signing-key", "rotate")).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/^signing-key: unknown action 'rotate'/),
    });
  });
});
