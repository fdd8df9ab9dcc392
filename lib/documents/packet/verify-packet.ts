import { stat } from "node:fs/promises";
import { AuditChainChecker } from "./audit-chain";
import { LineSplitter } from "./line-splitter";
import { AUDIT_PATH, MANIFEST_PATH, packetManifestSchema, type ManifestFile, type PacketManifest } from "./manifest";
import type { PacketProblem } from "./packet-problems";
import { digestEntry, listEntries, openZip, type ZipEntry, type ZipReader } from "./zip-reader";

/** A manifest lists paths and hashes only; beyond this it is not one of ours. */
const MAX_MANIFEST_BYTES = 32 * 1024 * 1024;

export type PacketVerification =
  /** The file could not be read as a ZIP at all: bad input rather than a finding. */
  | { status: "unreadable"; reason: string }
  | {
      status: "checked";
      ok: boolean;
      /** Files the manifest lists (manifest.json itself not counted). */
      files: number;
      problems: PacketProblem[];
      manifest: PacketManifest | null;
    };

/**
 * Checks a packet on disk: every file against the manifest (missing, extra, size, sha256), then the audit
 * chain in audit.jsonl. Reads the ZIP entry by entry through its central directory, so memory stays small
 * whatever the packet's size. Problems are returned, not thrown.
 */
export async function verifyPacket(path: string): Promise<PacketVerification> {
  const opened = await openPacket(path);
  if ("reason" in opened) return { status: "unreadable", reason: opened.reason };
  const { zip, entries } = opened;
  try {
    return { status: "checked", ...(await checkEntries(zip, entries)) };
  } finally {
    zip.close();
  }
}

async function openPacket(path: string): Promise<{ zip: ZipReader; entries: ZipEntry[] } | { reason: string }> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return { reason: "not a file" };
  } catch (error) {
    return { reason: errorMessage(error) };
  }
  let zip: ZipReader | undefined;
  try {
    zip = await openZip(path);
    return { zip, entries: await listEntries(zip) };
  } catch (error) {
    zip?.close();
    return { reason: `not a readable ZIP file (${errorMessage(error)})` };
  }
}

async function checkEntries(zip: ZipReader, entries: ZipEntry[]) {
  const problems: PacketProblem[] = [];
  const byPath = new Map<string, ZipEntry>();
  for (const entry of entries) {
    if (byPath.has(entry.fileName)) problems.push({ kind: "file_duplicated", path: entry.fileName });
    else byPath.set(entry.fileName, entry);
  }

  const manifest = await readManifest(zip, byPath.get(MANIFEST_PATH), problems);
  const listed = new Map<string, ManifestFile>((manifest?.files ?? []).map((file) => [file.path, file]));
  const audit = new AuditChainChecker();

  for (const [path, entry] of byPath) {
    if (path === MANIFEST_PATH) continue;
    const expected = listed.get(path);
    if (manifest && !expected) problems.push({ kind: "file_not_in_manifest", path });
    if (!expected && path !== AUDIT_PATH) continue;
    problems.push(...(await checkFile(zip, entry, expected, path === AUDIT_PATH ? audit : undefined)));
  }
  for (const path of listed.keys()) {
    if (!byPath.has(path)) problems.push({ kind: "file_missing", path });
  }

  problems.push(...audit.problems);
  // A line that is not an entry is already named; counting it again as a summary mismatch would be noise.
  const auditParsed = !audit.problems.some((problem) => problem.kind === "audit_line_invalid");
  if (manifest && byPath.has(AUDIT_PATH) && auditParsed) problems.push(...compareAuditSummary(manifest, audit));
  return { ok: problems.length === 0, files: manifest?.files.length ?? 0, problems, manifest };
}

async function checkFile(
  zip: ZipReader,
  entry: ZipEntry,
  expected: ManifestFile | undefined,
  audit: AuditChainChecker | undefined,
): Promise<PacketProblem[]> {
  const path = entry.fileName;
  const lines = audit
    ? new LineSplitter(
        (line) => audit.pushLine(line),
        () => audit.skipLine("line too long"),
      )
    : undefined;
  let digest;
  try {
    digest = await digestEntry(zip, entry, lines ? (chunk) => lines.push(chunk) : undefined);
    lines?.end();
  } catch (error) {
    return [{ kind: "file_unreadable", path, reason: errorMessage(error) }];
  }
  const problems: PacketProblem[] = [];
  if (expected && digest.size !== expected.size) {
    problems.push({ kind: "size_mismatch", path, expected: expected.size, actual: digest.size });
  }
  if (expected && digest.sha256 !== expected.sha256) {
    problems.push({ kind: "sha256_mismatch", path, expected: expected.sha256, actual: digest.sha256 });
  }
  // The ZIP's own CRC catches damage the manifest cannot describe (an entry it does not list).
  if (problems.length === 0 && !digest.crcMatches) {
    problems.push({ kind: "file_unreadable", path, reason: "CRC-32 does not match the ZIP directory" });
  }
  return problems;
}

async function readManifest(
  zip: ZipReader,
  entry: ZipEntry | undefined,
  problems: PacketProblem[],
): Promise<PacketManifest | null> {
  if (!entry) {
    problems.push({ kind: "manifest_missing" });
    return null;
  }
  if (entry.uncompressedSize > MAX_MANIFEST_BYTES) {
    problems.push({ kind: "manifest_invalid", reason: `larger than ${MAX_MANIFEST_BYTES} bytes` });
    return null;
  }
  const chunks: Buffer[] = [];
  try {
    const digest = await digestEntry(zip, entry, (chunk) => chunks.push(chunk));
    if (!digest.crcMatches) {
      problems.push({ kind: "manifest_invalid", reason: "CRC-32 does not match the ZIP directory" });
      return null;
    }
  } catch (error) {
    problems.push({ kind: "manifest_invalid", reason: errorMessage(error) });
    return null;
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    problems.push({ kind: "manifest_invalid", reason: "not JSON" });
    return null;
  }
  const parsed = packetManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    problems.push({ kind: "manifest_invalid", reason: issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid" });
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
