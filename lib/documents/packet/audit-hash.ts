import { createHash } from "node:crypto";

/**
 * The audit hash chain, shared by the server's audit log (which writes it) and the packet verifier
 * (which recomputes it). Pure and deterministic: the same entry gives the same hash on every machine,
 * database and Node version, because the bytes hashed are a canonical JSON, not whatever a driver returns.
 */

export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What an audit record says, before it is linked into the chain. Extra fields (target, details, ...) are hashed too. */
export interface AuditEntryContent {
  /** Position in the organisation's log, consecutive from 1. */
  seq: number;
  id: string;
  /** ISO 8601 instant in UTC, e.g. "2026-03-30T22:30:00.000Z". */
  at: string;
  actor: string;
  action: string;
  [field: string]: JsonValue | undefined;
}

/** Every field that the hash covers. */
export interface AuditEntryDraft extends AuditEntryContent {
  /** Hash of the entry before this one; GENESIS_PREV_HASH for the first entry of a log. */
  prevHash: string;
}

/** One audit record as exported in a packet's audit.jsonl. */
export interface AuditExtractEntry extends AuditEntryDraft {
  hash: string;
}

/** The prevHash of a log's first entry: there is nothing before it to point at. */
export const GENESIS_PREV_HASH = "0".repeat(64);

/**
 * Canonical JSON (the RFC 8785 rules that matter for audit data): object keys sorted by UTF-16 code
 * units, no whitespace, strings and numbers as JSON.stringify writes them. Object members whose value is
 * undefined are left out, as JSON.stringify does; anything else JSON cannot say (NaN, functions, undefined
 * in an array) is a bug in the caller and throws rather than hashing something unverifiable.
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === "boolean" || typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number") {
    if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    return `[${value
      .map((item) => {
        if (item === undefined) throw new TypeError("canonicalJson: undefined inside an array");
        return canonicalJson(item);
      })
      .join(",")}]`;
  }
  if (typeof value === "object" && Object.getPrototypeOf(value) === Object.prototype) {
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
    return `{${members.join(",")}}`;
  }
  throw new TypeError(`canonicalJson: ${Object.prototype.toString.call(value)} is not plain JSON data`);
}

/** sha256 (lowercase hex) of the canonical JSON of every field except `hash`; prevHash is included. */
export function computeAuditEntryHash(entry: AuditEntryDraft | AuditExtractEntry): string {
  const { hash: _excluded, ...hashed } = entry;
  return createHash("sha256").update(canonicalJson(hashed), "utf8").digest("hex");
}

/** Links a draft to the entry before it (or to the genesis) and seals it with its hash. */
export function sealAuditEntry(
  previous: Pick<AuditExtractEntry, "hash"> | undefined,
  content: AuditEntryContent,
): AuditExtractEntry {
  const linked: AuditEntryDraft = { ...content, prevHash: previous?.hash ?? GENESIS_PREV_HASH };
  return { ...linked, hash: computeAuditEntryHash(linked) };
}
