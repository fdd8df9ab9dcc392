import type { KeyObject } from "node:crypto";
import { stat } from "node:fs/promises";
import { checkpointSignatureValid, type SignedCheckpoint } from "@/lib/domain/audit/checkpoint";
import { keyFingerprint, publicKeyFromPem, verifyBytes } from "@/lib/domain/audit/signature";
import { AuditChainChecker, MAX_AUDIT_LINES } from "./audit-chain";
import { LineSplitter } from "./line-splitter";
import { AUDIT_PATH, MANIFEST_PATH, packetManifestSchema, type ManifestFile, type PacketManifest } from "./manifest";
import type { PacketProblem } from "./packet-problems";
import { RESERVED_PATHS } from "./packet-paths";
import {
  CHECKPOINT_PATH,
  CHECKSUMS_PATH,
  parseChecksumList,
  PUBLIC_KEY_PATH,
  SIGNATURE_PATH,
  signedCheckpointSchema,
  type TrustedKey,
} from "./packet-signature";
import { MAX_LISTED_PROBLEMS, ProblemList } from "./problem-list";
import { digestEntry, listEntries, openZip, type ZipEntry, type ZipReader } from "./zip-reader";

/** A manifest lists paths and hashes only; beyond this it is not one of ours. */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

export interface PacketLimits {
  /** Entries in the ZIP's directory. */
  maxEntries: number;
  /** Uncompressed bytes of all entries together, as the directory declares them (yauzl holds each entry to its size). */
  maxTotalBytes: number;
  maxAuditLines: number;
  /** Problems listed; the rest are counted ("and N more"). */
  maxProblems: number;
}

/** Far above any real packet, low enough that a hostile one is refused in seconds, not minutes. */
export const PACKET_LIMITS: PacketLimits = {
  maxEntries: 100_000,
  maxTotalBytes: 64 * 1024 ** 3,
  maxAuditLines: MAX_AUDIT_LINES,
  maxProblems: MAX_LISTED_PROBLEMS,
};

/** The signature file, key and checkpoint are a few hundred bytes. */
const MAX_OWN_FILE_BYTES = 64 * 1024;

export interface VerifyPacketOptions {
  /** The key the packet must be signed with: the one the deployment published. Without it, the packet's own key is used. */
  trustedKey?: TrustedKey;
  limits?: Partial<PacketLimits>;
}

export interface PacketSignatureCheck {
  /** Fingerprint of the key in signing-key.pem, when it could be read. */
  packetKeyId: string | null;
  /** Which key the signature was checked with: "packet" means only against the packet's own copy, which proves nothing alone. */
  checkedWith: TrustedKey["source"] | "packet" | null;
  /** The signed audit checkpoint the extract was checked against. */
  checkpoint: { seq: number; at: string } | null;
}

export type PacketVerification =
  /** The file could not be read as a ZIP at all: bad input rather than a finding. */
  | { status: "unreadable"; reason: string }
  | {
      status: "checked";
      ok: boolean;
      /** Files the manifest lists (manifest.json itself not counted). */
      files: number;
      /** At most limits.maxProblems; `omittedProblems` more were found but not listed. */
      problems: PacketProblem[];
      omittedProblems: number;
      manifest: PacketManifest | null;
      signature: PacketSignatureCheck;
    };

/**
 * Checks a packet on disk: the signature over MANIFEST.sha256 (with the trusted key when given), every file
 * against MANIFEST.sha256 and the manifest (missing, extra, size, sha256), then the audit chain in
 * audit.jsonl and the signed checkpoint it must contain. Reads the ZIP entry by entry through its central
 * directory, so memory stays small whatever the packet's size; the work is bounded by PACKET_LIMITS.
 * Problems are returned, not thrown.
 */
export async function verifyPacket(path: string, options: VerifyPacketOptions = {}): Promise<PacketVerification> {
  const limits = { ...PACKET_LIMITS, ...options.limits };
  const opened = await openPacket(path);
  if ("reason" in opened) return { status: "unreadable", reason: opened.reason };
  const { zip } = opened;
  try {
    const problems = new ProblemList(limits.maxProblems);
    const nothing: PacketSignatureCheck = { packetKeyId: null, checkedWith: null, checkpoint: null };
    if (zip.entryCount > limits.maxEntries) {
      problems.add({ kind: "packet_too_large", reason: `${zip.entryCount} entries, a packet has at most ${limits.maxEntries}` });
      return { status: "checked", ok: false, files: 0, problems: problems.listed, omittedProblems: 0, manifest: null, signature: nothing };
    }
    const entries = await listEntries(zip);
    const declared = entries.reduce((sum, entry) => sum + entry.uncompressedSize, 0);
    if (declared > limits.maxTotalBytes) {
      problems.add({
        kind: "packet_too_large",
        reason: `its files unpack to ${declared} bytes, a packet holds at most ${limits.maxTotalBytes}`,
      });
      return { status: "checked", ok: false, files: 0, problems: problems.listed, omittedProblems: 0, manifest: null, signature: nothing };
    }
    const checked = await checkEntries(zip, entries, problems, options.trustedKey, limits);
    return { status: "checked", ok: problems.empty, problems: problems.listed, omittedProblems: problems.omitted, ...checked };
  } finally {
    zip.close();
  }
}

async function openPacket(path: string): Promise<{ zip: ZipReader } | { reason: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { reason: "not a file" };
  } catch (error) {
    return { reason: errorMessage(error) };
  }
  try {
    return { zip: await openZip(path) };
  } catch (error) {
    return { reason: `not a readable ZIP file (${errorMessage(error)})` };
  }
}

/** Read whole before the rest: the signature decides how everything else is judged. */
const READ_FIRST = new Set([MANIFEST_PATH, CHECKSUMS_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH, CHECKPOINT_PATH]);

async function checkEntries(
  zip: ZipReader,
  entries: ZipEntry[],
  problems: ProblemList,
  trusted: TrustedKey | undefined,
  limits: PacketLimits,
) {
  const byPath = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (byPath.has(entry.fileName)) problems.add({ kind: "file_duplicated", path: entry.fileName });
    else byPath.set(entry.fileName, entry);
  }

  const digests = new Map<string, string>();
  const manifest = await readManifest(zip, byPath.get(MANIFEST_PATH), problems, digests);
  const own = {
    checksums: await readOwnFile(zip, byPath.get(CHECKSUMS_PATH), MAX_MANIFEST_BYTES, problems, digests),
    signature: await readOwnFile(zip, byPath.get(SIGNATURE_PATH), MAX_OWN_FILE_BYTES, problems, digests),
    publicKey: await readOwnFile(zip, byPath.get(PUBLIC_KEY_PATH), MAX_OWN_FILE_BYTES, problems, digests),
    checkpoint: await readOwnFile(zip, byPath.get(CHECKPOINT_PATH), MAX_OWN_FILE_BYTES, problems, digests),
  };
  const signing = checkSignature(own, trusted, problems);
  const checksums = readChecksums(own.checksums, problems);
  const checkpoint = readCheckpoint(own.checkpoint, signing.key, problems);

  const listed = new Map<string, ManifestFile>((manifest?.files ?? []).map((file) => [file.path, file]));
  const audit = new AuditChainChecker(problems, limits.maxAuditLines);
  if (checkpoint) audit.watch(checkpoint.seq);
  const notInManifest = new Set<string>();

  for (const [path, entry] of byPath) {
    if (READ_FIRST.has(path)) continue;
    const expected = listed.get(path);
    if (manifest && !expected && !RESERVED_PATHS.has(path)) {
      problems.add({ kind: "file_not_in_manifest", path });
      notInManifest.add(path);
    }
    if (!expected && path !== AUDIT_PATH && !checksums?.has(path)) continue;
    const sha256 = await checkFile(zip, entry, expected, path === AUDIT_PATH ? audit : undefined, problems);
    if (sha256) digests.set(path, sha256);
  }
  for (const path of listed.keys()) {
    if (!byPath.has(path)) problems.add({ kind: "file_missing", path });
  }
  if (checksums) compareChecksums(checksums, byPath, listed, digests, notInManifest, problems);

  if (audit.stopped) problems.listed.push({ kind: "audit_check_stopped", ...audit.stopped });
  // A line that is not an entry is already named; counting it again as a summary mismatch would be noise.
  const auditParsed = audit.invalidLines === 0 && !audit.stopped;
  if (manifest && byPath.has(AUDIT_PATH) && auditParsed) {
    for (const problem of compareAuditSummary(manifest, audit)) problems.add(problem);
  }
  if (checkpoint && byPath.has(AUDIT_PATH) && !audit.stopped) {
    const actual = audit.hashAt(checkpoint.seq);
    if (actual !== checkpoint.headHash)
      problems.add({ kind: "checkpoint_mismatch", seq: checkpoint.seq, expected: checkpoint.headHash, actual });
  } else if (!checkpoint && !own.checkpoint && own.signature && (manifest?.audit.entries ?? 0) > 0) {
    problems.add({
      kind: "signature_file_missing",
      path: CHECKPOINT_PATH,
      meaning: "the audit extract is not anchored to a signed checkpoint",
    });
  }
  return {
    files: manifest?.files.length ?? 0,
    manifest,
    signature: {
      packetKeyId: signing.packetKeyId,
      checkedWith: signing.checkedWith,
      checkpoint: checkpoint && { seq: checkpoint.seq, at: checkpoint.at },
    },
  };
}

/**
 * MANIFEST.sha256 against the files. A file that manifest.json lists with the same sha256 was already
 * named against it: once is enough.
 */
function compareChecksums(
  checksums: Map<string, string>,
  byPath: Map<string, ZipEntry>,
  listed: Map<string, ManifestFile>,
  digests: Map<string, string>,
  notInManifest: Set<string>,
  problems: ProblemList,
): void {
  for (const [path, expected] of checksums) {
    if (!byPath.has(path)) {
      if (!listed.has(path) && path !== MANIFEST_PATH) problems.add({ kind: "checksum_file_missing", path });
      continue;
    }
    const actual = digests.get(path);
    if (actual !== undefined && actual !== expected && listed.get(path)?.sha256 !== expected) {
      problems.add({ kind: "checksum_mismatch", path, expected, actual });
    }
  }
  for (const path of byPath.keys()) {
    if (path === CHECKSUMS_PATH || path === SIGNATURE_PATH || checksums.has(path) || notInManifest.has(path)) continue;
    problems.add({ kind: "file_not_signed", path });
  }
}

interface OwnFiles {
  checksums: Buffer | null;
  signature: Buffer | null;
  publicKey: Buffer | null;
  checkpoint: Buffer | null;
}

interface SigningCheck {
  key: { keyId: string; publicKey: KeyObject } | null;
  packetKeyId: string | null;
  checkedWith: PacketSignatureCheck["checkedWith"];
}

/**
 * The signature over MANIFEST.sha256, checked with the trusted key when there is one (and the packet's key
 * must then be that key), otherwise with the packet's own key, which the result says.
 */
function checkSignature(own: OwnFiles, trusted: TrustedKey | undefined, problems: ProblemList): SigningCheck {
  if (!own.signature && !own.checksums && !own.publicKey) {
    problems.add({
      kind: "signature_file_missing",
      path: SIGNATURE_PATH,
      meaning: "the packet is not signed: nothing shows who made it, or that it is unchanged since",
    });
    return { key: null, packetKeyId: null, checkedWith: null };
  }
  let packetKey: { keyId: string; publicKey: KeyObject } | null = null;
  if (own.publicKey) {
    try {
      const publicKey = publicKeyFromPem(own.publicKey);
      packetKey = { keyId: keyFingerprint(publicKey), publicKey };
    } catch (error) {
      problems.add({ kind: "signature_file_invalid", path: PUBLIC_KEY_PATH, reason: `not an Ed25519 public key: ${errorMessage(error)}` });
    }
  } else if (!trusted) {
    problems.add({
      kind: "signature_file_missing",
      path: PUBLIC_KEY_PATH,
      meaning: "the signature cannot be checked without the key (give the published key with --key)",
    });
  }
  if (trusted && packetKey && packetKey.keyId !== trusted.keyId) {
    problems.add({ kind: "key_not_trusted", packetKeyId: packetKey.keyId, trustedKeyId: trusted.keyId, source: trusted.source });
  }
  const key = trusted ?? packetKey;
  const checkedWith = trusted ? trusted.source : packetKey ? "packet" : null;
  if (!own.checksums)
    problems.add({ kind: "signature_file_missing", path: CHECKSUMS_PATH, meaning: "the signed list of files is not there" });
  if (!own.signature) problems.add({ kind: "signature_file_missing", path: SIGNATURE_PATH, meaning: "the packet is not signed" });
  else if (own.signature.length !== 64)
    problems.add({
      kind: "signature_file_invalid",
      path: SIGNATURE_PATH,
      reason: `${own.signature.length} bytes, a raw Ed25519 signature has 64`,
    });
  else if (key && own.checksums && !verifyBytes(key.publicKey, own.checksums, own.signature))
    problems.add({ kind: "signature_invalid", keyId: key.keyId });
  return { key, packetKeyId: packetKey?.keyId ?? null, checkedWith };
}

function readChecksums(bytes: Buffer | null, problems: ProblemList): Map<string, string> | null {
  if (!bytes) return null;
  const parsed = parseChecksumList(bytes);
  if (parsed.ok) return parsed.files;
  problems.add({ kind: "signature_file_invalid", path: CHECKSUMS_PATH, reason: `line ${parsed.line}: ${parsed.reason}` });
  return null;
}

/** The checkpoint must be signed by the same key as the packet; its seq and hash are then checked against audit.jsonl. */
function readCheckpoint(bytes: Buffer | null, key: SigningCheck["key"], problems: ProblemList): SignedCheckpoint | null {
  if (!bytes) return null;
  let json: unknown;
  try {
    json = JSON.parse(bytes.toString("utf8"));
  } catch {
    problems.add({ kind: "checkpoint_invalid", reason: "not JSON" });
    return null;
  }
  const parsed = signedCheckpointSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.add({ kind: "checkpoint_invalid", reason: issue ? `${issue.path.join(".") || "checkpoint"}: ${issue.message}` : "invalid" });
    return null;
  }
  const checkpoint = parsed.data;
  if (!key) return checkpoint;
  if (checkpoint.keyId !== key.keyId) {
    problems.add({
      kind: "checkpoint_invalid",
      reason: `signed by key ${checkpoint.keyId}, not by the key that signed the packet (${key.keyId})`,
    });
  } else if (!checkpointSignatureValid(checkpoint, key.publicKey)) {
    problems.add({ kind: "checkpoint_invalid", reason: "its signature does not match its content: it was altered or forged" });
  }
  return checkpoint;
}

async function readOwnFile(
  zip: ZipReader,
  entry: ZipEntry | undefined,
  maxBytes: number,
  problems: ProblemList,
  digests: Map<string, string>,
): Promise<Buffer | null> {
  if (!entry) return null;
  const path = entry.fileName;
  if (entry.uncompressedSize > maxBytes) {
    problems.add({ kind: "signature_file_invalid", path, reason: `larger than ${maxBytes} bytes` });
    return null;
  }
  const chunks: Buffer[] = [];
  try {
    const digest = await digestEntry(zip, entry, (chunk) => chunks.push(chunk));
    digests.set(path, digest.sha256);
    if (!digest.crcMatches) problems.add({ kind: "file_unreadable", path, reason: "CRC-32 does not match the ZIP directory" });
  } catch (error) {
    problems.add({ kind: "file_unreadable", path, reason: errorMessage(error) });
    return null;
  }
  return Buffer.concat(chunks);
}

/** Streams one file through its digest (and the audit checker); returns its sha256, or null when unreadable. */
async function checkFile(
  zip: ZipReader,
  entry: ZipEntry,
  expected: ManifestFile | undefined,
  audit: AuditChainChecker | undefined,
  problems: ProblemList,
): Promise<string | null> {
  const path = entry.fileName;
  const lines = audit
    ? new LineSplitter(
        (line) => audit.pushLine(line),
        () => audit.skipLine("line too long"),
      )
    : undefined;
  let digest;
  try {
    // Once the checker stops, the rest of the file is only hashed: a bomb of bad lines costs no parsing.
    digest = await digestEntry(zip, entry, lines && audit ? (chunk) => !audit.stopped && lines.push(chunk) : undefined);
    if (audit && !audit.stopped) lines?.end();
  } catch (error) {
    problems.add({ kind: "file_unreadable", path, reason: errorMessage(error) });
    return null;
  }
  let found = false;
  if (expected && digest.size !== expected.size) {
    problems.add({ kind: "size_mismatch", path, expected: expected.size, actual: digest.size });
    found = true;
  }
  if (expected && digest.sha256 !== expected.sha256) {
    problems.add({ kind: "sha256_mismatch", path, expected: expected.sha256, actual: digest.sha256 });
    found = true;
  }
  // The ZIP's own CRC catches damage the manifest cannot describe (an entry it does not list).
  if (!found && !digest.crcMatches) {
    problems.add({ kind: "file_unreadable", path, reason: "CRC-32 does not match the ZIP directory" });
  }
  return digest.sha256;
}

async function readManifest(
  zip: ZipReader,
  entry: ZipEntry | undefined,
  problems: ProblemList,
  digests: Map<string, string>,
): Promise<PacketManifest | null> {
  if (!entry) {
    problems.add({ kind: "manifest_missing" });
    return null;
  }
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) {
    problems.add({ kind: "manifest_invalid", reason: `larger than ${MAX_MANIFEST_BYTES} bytes` });
    return null;
  }
  const chunks: Buffer[] = [];
  try {
    const digest = await digestEntry(zip, entry, (chunk) => chunks.push(chunk));
    digests.set(entry.fileName, digest.sha256);
    if (!digest.crcMatches) {
      problems.add({ kind: "manifest_invalid", reason: "CRC-32 does not match the ZIP directory" });
      return null;
    }
  } catch (error) {
    problems.add({ kind: "manifest_invalid", reason: errorMessage(error) });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    problems.add({ kind: "manifest_invalid", reason: "not JSON" });
    return null;
  }
  const parsed = packetManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.add({ kind: "manifest_invalid", reason: issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid" });
    return null;
  }
  return parsed.data;
}

function compareAuditSummary(manifest: PacketManifest, audit: AuditChainChecker): PacketProblem[] {
  const actual = audit.result();
  const fields = ["entries", "firstSeq", "lastSeq", "lastHash"] as const;
  return fields
    .filter((field) => manifest.audit[field] !== actual[field])
    .map((field) => ({
      kind: "audit_summary_mismatch" as const,
      field,
      expected: String(manifest.audit[field]),
      actual: String(actual[field]),
    }));
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
