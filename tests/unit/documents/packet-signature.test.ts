import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import { run } from "@/lib/cli/commands/verify-packet";
import { EXIT_FINDING, EXIT_OK, memoryIO } from "@/lib/cli/io";
import { signCheckpoint } from "@/lib/domain/audit/checkpoint";
import { signBytes } from "@/lib/domain/audit/signature";
import { sealAuditFields } from "@/lib/documents/packet/audit-entry";
import { checkpointFile, checksumList } from "@/lib/documents/packet/packet-signature";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import { listEntries, openZip } from "@/lib/documents/packet/zip-reader";
import { forgetSigningKey } from "@/lib/server/signing/deployment-signing-key";
import {
  auditLog,
  checkpointOf,
  GENERATED_AT,
  newSigningKey,
  signerFor,
  TEST_KEY,
  tempDir,
  writeSamplePacket,
  writeSigningKeyFile,
} from "./packet-fixtures";

/*
 * The packet's signature against someone who rewrites it: content, manifest.json and MANIFEST.sha256 all
 * recomputed (the checksums alone then prove nothing), or everything re-signed with a key of their own.
 */
let dir: { path: string; cleanup: () => Promise<void> };
let pristine: string;
let publishedPem: string;
const ATTACKER = newSigningKey();

const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

async function readAll(path: string): Promise<Map<string, Buffer>> {
  const zip = await openZip(path);
  try {
    const files = new Map<string, Buffer>();
    for (const entry of await listEntries(zip)) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      files.set(entry.fileName, Buffer.concat(chunks));
    }
    return files;
  } finally {
    zip.close();
  }
}

async function writeAll(path: string, files: Map<string, Buffer>): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream as Readable, createWriteStream(path));
  for (const [name, bytes] of files) zip.addBuffer(bytes, name, { compress: false });
  zip.end();
  await done;
}

/**
 * What a careful forger does: change files, then bring manifest.json and MANIFEST.sha256 in line with them,
 * and, holding a key, sign again (new signature, own key, own checkpoint).
 */
async function forge(target: string, changes: Record<string, Buffer>, resignWith?: ReturnType<typeof newSigningKey>): Promise<void> {
  const files = await readAll(pristine);
  for (const [name, bytes] of Object.entries(changes)) files.set(name, bytes);
  if (resignWith) {
    files.set("signing-key.pem", Buffer.from(resignWith.publicKeyPem));
    const original = JSON.parse(files.get("audit-checkpoint.json")!.toString());
    const checkpoint = signCheckpoint(
      { seq: original.seq, headHash: original.headHash, at: original.at, keyId: resignWith.keyId },
      resignWith.privateKey,
    );
    files.set("audit-checkpoint.json", Buffer.from(checkpointFile(checkpoint)));
  }
  const manifest = JSON.parse(files.get("manifest.json")!.toString());
  for (const file of manifest.files) {
    file.size = files.get(file.path)!.length;
    file.sha256 = sha256(files.get(file.path)!);
  }
  manifest.audit.lastHash = JSON.parse(files.get("audit.jsonl")!.toString().trimEnd().split("\n").at(-1)!).hash;
  if (resignWith) manifest.signedBy.keyId = resignWith.keyId;
  files.set("manifest.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`));
  const listed = [...files.keys()].filter((name) => name !== "MANIFEST.sha256" && name !== "MANIFEST.sha256.sig");
  const checksums = checksumList(listed.map((name) => ({ path: name, sha256: sha256(files.get(name)!) })));
  files.set("MANIFEST.sha256", checksums);
  if (resignWith) files.set("MANIFEST.sha256.sig", signBytes(resignWith.privateKey, checksums));
  await writeAll(target, files);
}

async function cli(...argv: string[]) {
  const io = memoryIO();
  const code = await run(argv, io);
  return { code, lines: io.stdout.trimEnd().split("\n"), stdout: io.stdout, stderr: io.stderr };
}

beforeAll(async () => {
  dir = await tempDir();
  // No deployment key here unless a test sets one: the packet's own key, or --key, is what counts.
  process.env.BREACHDESK_SIGNING_KEY_FILE = join(dir.path, "no-key-here.json");
  forgetSigningKey();
  pristine = join(dir.path, "pristine.zip");
  await writeSamplePacket(pristine);
  publishedPem = join(dir.path, "published.pem");
  await writeFile(publishedPem, TEST_KEY.publicKeyPem);
});
afterAll(async () => {
  delete process.env.BREACHDESK_SIGNING_KEY_FILE;
  forgetSigningKey();
  await dir.cleanup();
});

describe("a signed packet", () => {
  it("verifies with the published key, and carries the checksums, signature, key, checkpoint and instructions", async () => {
    expect(await cli(pristine, "--key", publishedPem)).toEqual({
      code: EXIT_OK,
      lines: ["OK 5 files"],
      stdout: "OK 5 files\n",
      stderr: "",
    });
    const files = await readAll(pristine);
    expect([...files.keys()].slice(-7)).toEqual([
      "audit.jsonl",
      "audit-checkpoint.json",
      "signing-key.pem",
      "VERIFY.txt",
      "MANIFEST.sha256",
      "MANIFEST.sha256.sig",
      "manifest.json",
    ]);
    expect(files.get("MANIFEST.sha256.sig")).toHaveLength(64);
    expect(files.get("signing-key.pem")!.toString()).toBe(TEST_KEY.publicKeyPem);
    const listed = files
      .get("MANIFEST.sha256")!
      .toString()
      .trimEnd()
      .split("\n")
      .map((line) => line.slice(66));
    expect(listed.sort()).toEqual([...files.keys()].filter((name) => !name.startsWith("MANIFEST.sha256")).sort());
    const verify = files.get("VERIFY.txt")!.toString();
    expect(verify).toContain(TEST_KEY.keyId);
    expect(verify).toContain("sha256sum -c MANIFEST.sha256");
    expect(verify).toContain(
      "openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in MANIFEST.sha256 -sigfile MANIFEST.sha256.sig",
    );
    expect(verify).toContain("https://breachdesk.example.org/api/signing-key");
  });

  it("without a trusted key verifies against its own key, and says on stderr that this proves nothing alone", async () => {
    const { code, stdout, stderr } = await cli(pristine);
    expect({ code, stdout }).toEqual({ code: EXIT_OK, stdout: "OK 5 files\n" });
    expect(stderr).toBe(
      `note: signed by key ${TEST_KEY.keyId}, checked only against the packet's own copy of it, which ` +
        `proves nothing alone: compare this fingerprint with the one the practice published, or pass its key ` +
        `with --key\n`,
    );
  });
});

describe("a packet rewritten after signing", () => {
  it("fails when content, manifest.json and MANIFEST.sha256 were all recomputed: the signature no longer matches", async () => {
    const forged = join(dir.path, "recomputed.zip");
    await forge(forged, { "documents/register.csv": Buffer.from("reference,awareAt\nBD-2026-0042,2026-03-29T08:00:00Z\n") });
    for (const argv of [[forged], [forged, "--key", publishedPem]]) {
      const { code, lines } = await cli(...argv);
      expect(code).toBe(EXIT_FINDING);
      expect(lines).toEqual([
        `MANIFEST.sha256.sig: the signature does not match MANIFEST.sha256 under key ${TEST_KEY.keyId}: the ` +
          `packet was changed after it was signed, or signed with another key`,
      ]);
    }
  });

  it("fails when the audit extract was rewritten with a recomputed chain, manifests and all", async () => {
    const entries = auditLog(6);
    let previous = entries[1];
    const rewritten = entries.map((entry, index) => {
      if (index < 2) return entry;
      const { id, hash: _hash, prevHash: _prev, ...fields } = entry;
      const sealed = sealAuditFields(previous, id, index === 2 ? { ...fields, action: "incident.read" } : fields);
      previous = sealed;
      return sealed;
    });
    const forged = join(dir.path, "audit-recomputed.zip");
    await forge(forged, { "audit.jsonl": Buffer.from(rewritten.map((entry) => `${JSON.stringify(entry)}\n`).join("")) });
    const result = await verifyPacket(forged);
    expect(result).toMatchObject({ status: "checked", ok: false, problems: [{ kind: "signature_invalid", keyId: TEST_KEY.keyId }] });
  });

  it("re-signed with another key: fails against the published key given with --key", async () => {
    const forged = join(dir.path, "resigned.zip");
    await forge(forged, { "documents/register.csv": Buffer.from("reference,awareAt\nBD-2026-0042,2026-03-29T08:00:00Z\n") }, ATTACKER);
    const { code, lines } = await cli(forged, "--key", publishedPem);
    expect(code).toBe(EXIT_FINDING);
    expect(lines).toEqual([
      `signing-key.pem: fingerprint ${ATTACKER.keyId} is not the key given with --key (${TEST_KEY.keyId}): ` +
        `the packet was not signed by this deployment`,
      `MANIFEST.sha256.sig: the signature does not match MANIFEST.sha256 under key ${TEST_KEY.keyId}: the ` +
        `packet was changed after it was signed, or signed with another key`,
      `audit-checkpoint.json: signed by key ${ATTACKER.keyId}, not by the key that signed the packet (${TEST_KEY.keyId})`,
    ]);
  });

  it("re-signed with another key: fails against the deployment's own key where the app runs", async () => {
    const forged = join(dir.path, "resigned-deployment.zip");
    await forge(forged, {}, ATTACKER);
    const keyFile = join(dir.path, "deployment-signing.json");
    await writeSigningKeyFile(keyFile, TEST_KEY);
    process.env.BREACHDESK_SIGNING_KEY_FILE = keyFile;
    forgetSigningKey();
    try {
      const { code, lines } = await cli(forged);
      expect(code).toBe(EXIT_FINDING);
      expect(lines[0]).toBe(
        `signing-key.pem: fingerprint ${ATTACKER.keyId} is not this deployment's signing key ` +
          `(${TEST_KEY.keyId}): the packet was not signed by this deployment`,
      );
      expect((await cli(pristine)).code).toBe(EXIT_OK);
    } finally {
      process.env.BREACHDESK_SIGNING_KEY_FILE = join(dir.path, "no-key-here.json");
      forgetSigningKey();
    }
  });

  it("fails when the signed checkpoint does not match the extract (a checkpoint of another chain)", async () => {
    const path = join(dir.path, "other-checkpoint.zip");
    const otherChain = auditLog(6, 1, "c".repeat(64));
    await writeSamplePacket(path, { checkpoint: checkpointOf(otherChain) });
    const { code, lines } = await cli(path, "--key", publishedPem);
    expect(code).toBe(EXIT_FINDING);
    expect(lines).toEqual([
      expect.stringMatching(
        /^audit-checkpoint\.json: audit entry seq 1 has hash [0-9a-f]{16}… in audit\.jsonl, the signed checkpoint says [0-9a-f]{16}…: the extract was rewritten$/,
      ),
    ]);
  });

  it("fails when unsigned, or with the signature files stripped", async () => {
    const unsigned = join(dir.path, "unsigned.zip");
    await writeSamplePacket(unsigned, { signer: undefined, checkpoint: undefined });
    expect(await cli(unsigned)).toMatchObject({
      code: EXIT_FINDING,
      lines: [
        "MANIFEST.sha256.sig: missing from the packet: the packet is not signed: nothing shows who made it, or that it is unchanged since",
      ],
    });
    const stripped = join(dir.path, "stripped.zip");
    const files = await readAll(pristine);
    files.delete("MANIFEST.sha256.sig");
    await writeAll(stripped, files);
    expect(await cli(stripped, "--key", publishedPem)).toMatchObject({
      code: EXIT_FINDING,
      lines: ["MANIFEST.sha256.sig: missing from the packet: the packet is not signed"],
    });
  });

  it("names a file added after signing even when manifest.json was made to list it", async () => {
    const files = await readAll(pristine);
    files.set("attachments/added.txt", Buffer.from("added later"));
    const manifest = JSON.parse(files.get("manifest.json")!.toString());
    manifest.files.push({ path: "attachments/added.txt", size: 11, sha256: sha256(Buffer.from("added later")) });
    files.set("manifest.json", Buffer.from(JSON.stringify(manifest)));
    const path = join(dir.path, "added.zip");
    await writeAll(path, files);
    const { code, lines } = await cli(path, "--key", publishedPem);
    expect(code).toBe(EXIT_FINDING);
    expect(lines).toEqual([
      expect.stringMatching(/^manifest\.json: sha256 [0-9a-f]{16}…, MANIFEST\.sha256 says [0-9a-f]{16}…$/),
      "attachments/added.txt: in the packet but not listed in MANIFEST.sha256 (not covered by the signature)",
    ]);
  });

  it("with --key naming a file that is not a public key, is bad input naming --key", async () => {
    await expect(run([pristine, "--key", pristine], memoryIO())).rejects.toThrow(/^--key: .*not an Ed25519 public key/);
    await expect(run([pristine, "--key", join(dir.path, "nope.pem")], memoryIO())).rejects.toThrow(/^--key: .*cannot be read/);
  });
});

it("the fixture signs with the test key (a sanity check of the helpers above)", () => {
  expect(signerFor().keyId).toBe(TEST_KEY.keyId);
  expect(GENERATED_AT.toISOString()).toBe("2026-03-30T22:30:00.000Z");
});
