import { createHash } from "node:crypto";
import { createWriteStream } from "node:fs";
import { rm } from "node:fs/promises";
import { PassThrough, Readable, type Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ZipFile } from "yazl";
import type { PacketAuditEntry } from "./audit-entry";
import { HashingStream } from "./hashing-stream";
import { AUDIT_PATH, MANIFEST_PATH, PACKET_FORMAT, type AuditExtractSummary, type ManifestFile, type PacketManifest } from "./manifest";
import { assertPacketPath } from "./packet-paths";
import {
  checkpointFile,
  checksumList,
  CHECKPOINT_PATH,
  CHECKSUMS_PATH,
  PUBLIC_KEY_PATH,
  SIGNATURE_PATH,
  verifyInstructions,
  VERIFY_PATH,
  type PacketSigner,
} from "./packet-signature";
import type { SignedCheckpoint } from "@/lib/domain/audit/checkpoint";

/**
 * A file's bytes. A function is called only when the file's turn comes, so a packet of many attachments
 * never holds more than one open file (and, for a stream, never more than a few buffered chunks).
 */
export type PacketFileContent = Uint8Array | string | Readable | (() => Readable | Promise<Readable>);

export interface PacketFile {
  /** Path inside the ZIP, e.g. "documents/notification-fr.pdf". */
  path: string;
  content: PacketFileContent;
  /** Deflate this entry; defaults to the packet's `compress`. Already-compressed files (PDF, JPEG) gain little. */
  compress?: boolean;
  /**
   * The SHA-256 the bytes must have (evidence: the digest recorded at upload). The packet fails rather than ship
   * a file that differs; the digest the manifest needs is computed anyway, so checking costs nothing more.
   */
  sha256?: string;
}

export interface PacketInput {
  incidentReference: string;
  generatedAt: Date;
  /** Written into the manifest, e.g. "breachdesk 0.1.0". */
  generator?: string;
  files: Iterable<PacketFile> | AsyncIterable<PacketFile>;
  /** The audit extract, oldest first, exactly as the audit log holds it (not re-hashed here); see audit-entry.ts. */
  auditEntries: Iterable<PacketAuditEntry> | AsyncIterable<PacketAuditEntry>;
  /** Default for every entry, including audit.jsonl and manifest.json. Default true; false stores bytes as they are. */
  compress?: boolean;
  /** Signs MANIFEST.sha256; without it the packet is unsigned, and verify-packet says so. */
  signer?: PacketSigner;
  /** The signed checkpoint of an entry inside the extract, so the extract can be checked against it. */
  checkpoint?: SignedCheckpoint;
}

/**
 * Writes a submission packet as a ZIP stream: the files one after another, then audit.jsonl, then
 * manifest.json with the size and sha256 of each, computed while the bytes streamed past. Memory stays
 * bounded by stream buffers whatever the file sizes. yazl was chosen because it streams each entry in
 * order, supports ZIP64 for large packets, lets STORE or DEFLATE be chosen per entry, and has one small
 * dependency; archiver adds a dozen packages for features (tar, globbing) a packet does not need.
 */
export async function writePacket(input: PacketInput, destination: Writable): Promise<PacketManifest> {
  const zip = new ZipFile();
  const output = zip.outputStream as Readable;
  const written = pipeline(output, destination);
  // If the destination fails (client gone, disk full) the entry being written would wait forever: race it.
  const outputFailed = new Promise<never>((_, reject) => written.catch(reject));
  outputFailed.catch(() => undefined);
  const entryOptions = (compress: boolean | undefined) => ({
    compress: compress ?? input.compress ?? true,
    mtime: input.generatedAt,
    mode: 0o100644,
  });

  try {
    const files: ManifestFile[] = [];
    const seen = new Set<string>();
    for await (const file of input.files) {
      assertPacketPath(file.path, seen);
      const source = await openContent(file.content);
      const expected = file.sha256 && {
        sha256: file.sha256,
        problem: `${file.path} does not match its recorded SHA-256: the stored file was altered`,
      };
      const hashed = await addStreamedEntry(zip, file.path, source, entryOptions(file.compress), outputFailed, expected || undefined);
      files.push({ path: file.path, ...hashed });
    }
    const audit = new AuditSummary();
    const auditSource = Readable.from(auditLines(input.auditEntries, audit));
    files.push({ path: AUDIT_PATH, ...(await addStreamedEntry(zip, AUDIT_PATH, auditSource, entryOptions(undefined), outputFailed)) });

    const manifest: PacketManifest = {
      format: PACKET_FORMAT,
      incidentReference: input.incidentReference,
      generatedAt: input.generatedAt.toISOString(),
      generator: input.generator ?? "breachdesk",
      files,
      audit: { path: AUDIT_PATH, ...audit.value },
      ...(input.signer && { signedBy: { algorithm: "Ed25519" as const, keyId: input.signer.keyId } }),
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8");
    if (input.signer) {
      for (const file of signatureFiles(input, input.signer, files, manifestBytes))
        zip.addBuffer(file.bytes, file.path, entryOptions(undefined));
    }
    // manifest.json stays the last entry, as packets before signing had it.
    zip.addBuffer(manifestBytes, MANIFEST_PATH, entryOptions(undefined));
    zip.end();
    await written;
    return manifest;
  } catch (error) {
    output.destroy(error instanceof Error ? error : new Error(String(error)));
    await written.catch(() => undefined);
    throw error;
  }
}

/** writePacket to a file; a failed export leaves no half-written packet behind. */
export async function writePacketFile(input: PacketInput, path: string): Promise<PacketManifest> {
  try {
    return await writePacket(input, createWriteStream(path));
  } catch (error) {
    await rm(path, { force: true });
    throw error;
  }
}

/**
 * The packet as a readable stream, for an HTTP response (`Readable.toWeb(stream)` in a route handler).
 * A failure destroys the stream with the error, so the reader sees it; `manifest` settles when done.
 */
export function createPacketStream(input: PacketInput): { stream: Readable; manifest: Promise<PacketManifest> } {
  const stream = new PassThrough();
  const manifest = writePacket(input, stream);
  // The stream's reader learns of a failure from the stream itself; this only avoids an unhandled rejection.
  manifest.catch(() => undefined);
  return { stream, manifest };
}

/**
 * The checkpoint, key, instructions, checksum list and its signature. The list covers every other file,
 * manifest.json included, so the one signature vouches for the whole packet.
 */
function signatureFiles(
  input: PacketInput,
  signer: PacketSigner,
  files: readonly ManifestFile[],
  manifestBytes: Buffer,
): { path: string; bytes: Buffer }[] {
  const own = [
    ...(input.checkpoint ? [{ path: CHECKPOINT_PATH, bytes: Buffer.from(checkpointFile(input.checkpoint), "utf8") }] : []),
    { path: PUBLIC_KEY_PATH, bytes: Buffer.from(signer.publicKeyPem, "utf8") },
    { path: VERIFY_PATH, bytes: Buffer.from(verifyInstructions(signer, input.incidentReference), "utf8") },
  ];
  const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
  const checksums = checksumList([
    ...files,
    ...own.map((file) => ({ path: file.path, sha256: sha256(file.bytes) })),
    { path: MANIFEST_PATH, sha256: sha256(manifestBytes) },
  ]);
  return [...own, { path: CHECKSUMS_PATH, bytes: checksums }, { path: SIGNATURE_PATH, bytes: signer.sign(checksums) }];
}

async function addStreamedEntry(
  zip: ZipFile,
  path: string,
  source: Readable,
  options: { compress: boolean; mtime: Date; mode: number },
  outputFailed: Promise<never>,
  expected?: { sha256: string; problem: string },
): Promise<{ size: number; sha256: string }> {
  const hasher = new HashingStream(expected);
  zip.addReadStream(hasher, path, options);
  await Promise.race([pipeline(source, hasher), outputFailed]);
  return hasher.result;
}

async function openContent(content: PacketFileContent): Promise<Readable> {
  if (typeof content === "string") return Readable.from([Buffer.from(content, "utf8")]);
  if (content instanceof Uint8Array) return Readable.from([Buffer.from(content.buffer, content.byteOffset, content.byteLength)]);
  if (typeof content === "function") return content();
  return content;
}

class AuditSummary {
  value: AuditExtractSummary = {
    entries: 0,
    firstSeq: null,
    lastSeq: null,
    lastHash: null,
  };

  add(entry: PacketAuditEntry): void {
    this.value = {
      entries: this.value.entries + 1,
      firstSeq: this.value.firstSeq ?? entry.seq,
      lastSeq: entry.seq,
      lastHash: entry.hash,
    };
  }
}

/** One JSON object per line, written as given: the verifier must see exactly what the log holds. */
async function* auditLines(
  entries: Iterable<PacketAuditEntry> | AsyncIterable<PacketAuditEntry>,
  summary: AuditSummary,
): AsyncGenerator<Buffer> {
  for await (const entry of entries) {
    summary.add(entry);
    yield Buffer.from(`${JSON.stringify(entry)}\n`, "utf8");
  }
}
