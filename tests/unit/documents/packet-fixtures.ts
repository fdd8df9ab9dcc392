import { generateKeyPairSync, randomBytes } from "node:crypto";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import type { ChainedAuditEntry } from "@/lib/domain/audit/chain";
import { signCheckpoint, type SignedCheckpoint } from "@/lib/domain/audit/checkpoint";
import { keyFingerprint, publicKeyPem, signBytes } from "@/lib/domain/audit/signature";
import type { PacketSigner } from "@/lib/documents/packet/packet-signature";
import { redactAuditEntry, sealAuditFields, type PacketAuditEntry } from "@/lib/documents/packet/audit-entry";
import { writePacketFile, type PacketFile, type PacketInput } from "@/lib/documents/packet/write-packet";
import { listEntries, openZip } from "@/lib/documents/packet/zip-reader";

export const GENERATED_AT = new Date("2026-03-30T22:30:00.000Z");

/** A signing key of the tests' own, standing for a deployment's. */
export function newSigningKey() {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  return { privateKey, publicKey, keyId: keyFingerprint(publicKey), publicKeyPem: publicKeyPem(publicKey) };
}
export const TEST_KEY = newSigningKey();

export function signerFor(key: ReturnType<typeof newSigningKey> = TEST_KEY): PacketSigner {
  return {
    keyId: key.keyId,
    publicKeyPem: key.publicKeyPem,
    sign: (message) => signBytes(key.privateKey, message),
    publishedAt: "https://breachdesk.example.org/api/signing-key",
  };
}

/** The key as the deployment keeps it (lib/server/signing/signing-key-file.ts), for tests of "the deployment's key". */
export async function writeSigningKeyFile(path: string, key: ReturnType<typeof newSigningKey> = TEST_KEY): Promise<void> {
  const { writeFile } = await import("node:fs/promises");
  const content = {
    format: "breachdesk-signing-key/1",
    algorithm: "Ed25519",
    keyId: key.keyId,
    createdAt: GENERATED_AT.toISOString(),
    publicKey: key.publicKeyPem,
    privateKey: key.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
  await writeFile(path, JSON.stringify(content), { mode: 0o600 });
}

/** A checkpoint of the log's first entry, as the deployment would have signed it. */
export function checkpointOf(
  entries: readonly PacketAuditEntry[],
  key: ReturnType<typeof newSigningKey> = TEST_KEY,
): SignedCheckpoint | undefined {
  const first = entries[0];
  return (
    first && signCheckpoint({ seq: first.seq, headHash: first.hash, at: GENERATED_AT.toISOString(), keyId: key.keyId }, key.privateKey)
  );
}

/** A small, realistic audit log: seq 1..count, each entry sealed onto the one before as the database does. */
export function auditLog(count: number, firstSeq = 1, previousHash?: string): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  let previous: Pick<ChainedAuditEntry, "hash"> | undefined = previousHash ? { hash: previousHash } : undefined;
  for (let index = 0; index < count; index += 1) {
    const seq = firstSeq + index;
    const entry = sealAuditFields(previous, `aud_${String(seq).padStart(4, "0")}`, {
      seq,
      at: new Date(GENERATED_AT.getTime() - (count - index) * 60_000).toISOString(),
      actorId: index % 2 === 0 ? "usr_dpo" : "usr_manager",
      actorLabel: index % 2 === 0 ? "dpo@cabinet-dvorak.cz" : "manager@cabinet-dvorak.cz",
      organizationId: "org_dvorak",
      incidentId: "inc_0042",
      action: ["incident.create", "incident.read", "assessment.create", "notification.read"][index % 4]!,
      detail: JSON.stringify({ field: "awareAt", note: "Příliš žluťoučký kůň", count: index }),
      ip: index % 2 === 0 ? "192.0.2.10" : null,
    });
    entries.push(entry);
    previous = entry;
  }
  return entries;
}

/** The same log with the entries at `positions` redacted, as when they belong to another incident. */
export function withRedacted(entries: ChainedAuditEntry[], positions: number[]): PacketAuditEntry[] {
  return entries.map((entry, index) => (positions.includes(index) ? redactAuditEntry(entry) : entry));
}

/** Files of different kinds and sizes, one given as bytes, one as text, one as a lazily opened stream. */
export function sampleFiles(): PacketFile[] {
  const attachment = randomBytes(200_000);
  return [
    { path: "documents/notification-fr.pdf", content: Buffer.from("%PDF-1.7 fake pdf for the packet tests\n") },
    { path: "documents/register.csv", content: "reference,awareAt\nBD-2026-0042,2026-03-27T22:30:00Z\n" },
    { path: "attachments/server-log.bin", content: () => Readable.from([attachment.subarray(0, 70_000), attachment.subarray(70_000)]) },
    { path: "attachments/Zpráva o incidentu.txt", content: "Šifrování nebylo použito. Žádná záloha.\n" },
  ];
}

export async function tempDir(): Promise<{ path: string; cleanup: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), "breachdesk-packet-test-"));
  return { path, cleanup: () => rm(path, { recursive: true, force: true }) };
}

export async function writeSamplePacket(
  path: string,
  overrides: Partial<PacketInput> = {},
): Promise<Awaited<ReturnType<typeof writePacketFile>>> {
  const auditEntries = overrides.auditEntries ?? auditLog(6);
  return writePacketFile(
    {
      incidentReference: "BD-2026-0042",
      generatedAt: GENERATED_AT,
      generator: "breachdesk test",
      files: sampleFiles(),
      auditEntries,
      signer: signerFor(),
      checkpoint: Array.isArray(auditEntries) ? checkpointOf(auditEntries) : undefined,
      // Stored, not deflated, so a flipped byte is a flipped byte of the file and not a broken deflate stream.
      compress: false,
      ...overrides,
    },
    path,
  );
}

/** Where each entry's bytes start in the ZIP, found from its local header (not guessed). */
export async function entryDataRanges(zipPath: string): Promise<Map<string, { start: number; length: number }>> {
  const zip = await openZip(zipPath);
  try {
    const ranges = new Map<string, { start: number; length: number }>();
    for (const entry of await listEntries(zip)) {
      const { fileDataStart } = await zip.readLocalFileHeaderPromise(entry, { minimal: true });
      ranges.set(entry.fileName, { start: fileDataStart, length: entry.compressedSize });
    }
    return ranges;
  } finally {
    zip.close();
  }
}

/** Flips every bit of one byte in place, without reading the file into memory. */
export async function flipByte(path: string, position: number): Promise<void> {
  const handle = await open(path, "r+");
  try {
    const byte = Buffer.alloc(1);
    await handle.read(byte, 0, 1, position);
    byte[0] = byte[0]! ^ 0xff;
    await handle.write(byte, 0, 1, position);
  } finally {
    await handle.close();
  }
}

/**
 * Copies a (small, test-sized) packet entry by entry, letting `edit` change or drop an entry's bytes and
 * `extra` add entries, the way someone tampering with a packet by hand would.
 */
export async function rewritePacket(
  source: string,
  target: string,
  edit: (path: string, bytes: Buffer) => Buffer | null,
  extra: { path: string; bytes: Buffer }[] = [],
): Promise<void> {
  const { ZipFile } = await import("yazl");
  const { createWriteStream } = await import("node:fs");
  const { pipeline } = await import("node:stream/promises");
  const zip = await openZip(source);
  const out = new ZipFile();
  const done = pipeline(out.outputStream as Readable, createWriteStream(target));
  try {
    for (const entry of await listEntries(zip)) {
      const chunks: Buffer[] = [];
      for await (const chunk of await zip.openReadStreamPromise(entry)) chunks.push(chunk as Buffer);
      const bytes = edit(entry.fileName, Buffer.concat(chunks));
      if (bytes) out.addBuffer(bytes, entry.fileName, { compress: false });
    }
  } finally {
    zip.close();
  }
  for (const { path, bytes } of extra) out.addBuffer(bytes, path, { compress: false });
  out.end();
  await done;
}

/** Edits the manifest's JSON in a copied packet. */
export function editManifest(
  change: (manifest: Record<string, unknown> & { files: { path: string; size: number; sha256: string }[] }) => void,
) {
  return (path: string, bytes: Buffer): Buffer => {
    if (path !== "manifest.json") return bytes;
    const manifest = JSON.parse(bytes.toString("utf8"));
    change(manifest);
    return Buffer.from(JSON.stringify(manifest));
  };
}
