import { z } from "zod";
import { auditHash } from "@/lib/domain/audit/chain";
import { GENESIS_PREV_HASH, isRedacted, type PacketAuditEntry } from "./audit-entry";
import type { AuditExtractSummary } from "./manifest";
import type { PacketProblem } from "./packet-problems";
import type { ProblemList } from "./problem-list";

const SHA256_HEX = /^[0-9a-f]{64}$/;
const hashText = z.string().regex(SHA256_HEX, "must be 64 lowercase hex digits");
const seq = z.number().int().positive();
const nullableText = z.string().nullable();

/*
 * Strict shapes: a field the hash does not cover must not ride along unnoticed, so an unknown field makes
 * the line invalid rather than silently unverified.
 */
const fullEntryShape = z.strictObject({
  id: z.string().min(1),
  seq,
  at: z.string().min(1),
  actorId: nullableText,
  actorLabel: z.string(),
  organizationId: nullableText,
  incidentId: nullableText,
  action: z.string().min(1),
  detail: z.string(),
  ip: nullableText,
  prevHash: hashText,
  hash: hashText,
});

const redactedEntryShape = z.strictObject({ seq, prevHash: hashText, hash: hashText, redacted: z.literal(true) });

/** What a problem calls a redacted entry, which has no id of its own in the packet. */
export const REDACTED_ID = "(redacted)";

/** Lines checked at most; a longer extract is refused as not one of ours rather than read for minutes. */
export const MAX_AUDIT_LINES = 10_000_000;

/**
 * Checks an audit extract one line at a time, so a long log is verified without holding it in memory.
 * A full entry's hash must match its content (the database chain's auditHash); a redacted entry can only
 * be checked for its place in the chain. Each prevHash must be the previous line's hash and seq must not
 * skip. The extract may start mid-chain; only one starting at seq 1 must begin at the genesis hash.
 * It stops (and says where) once the problem list is full or the line limit is reached: a hostile extract
 * of millions of bad lines then costs no more than the first hundred.
 */
export class AuditChainChecker {
  private lineNumber = 0;
  private previous: PacketAuditEntry | undefined;
  private summary: AuditExtractSummary = { entries: 0, firstSeq: null, lastSeq: null, lastHash: null };
  /** Lines that were not entries: the manifest's summary is then not compared (it would only repeat them). */
  invalidLines = 0;
  stopped: { line: number; reason: string } | null = null;
  private readonly watched = new Map<number, string | null>();

  constructor(
    private readonly problems: ProblemList,
    private readonly maxLines = MAX_AUDIT_LINES,
  ) {}

  /** Remember the hash of the entry with this seq (the signed checkpoint's), read back with hashAt. */
  watch(seq: number): void {
    this.watched.set(seq, null);
  }

  hashAt(seq: number): string | null {
    return this.watched.get(seq) ?? null;
  }

  pushLine(line: string): void {
    if (this.stopped || this.stopIfDue()) return;
    this.lineNumber += 1;
    if (line.trim() === "") return;
    const entry = this.parse(line);
    if (entry) this.check(entry);
  }

  /** A line too long to parse still counts, so later problems keep their true line numbers. */
  skipLine(reason: string): void {
    if (this.stopped || this.stopIfDue()) return;
    this.lineNumber += 1;
    this.report({ kind: "audit_line_invalid", line: this.lineNumber, reason });
  }

  private stopIfDue(): boolean {
    if (this.problems.full) this.stopped = { line: this.lineNumber + 1, reason: `after ${this.problems.limit} problems` };
    else if (this.lineNumber >= this.maxLines)
      this.stopped = { line: this.lineNumber + 1, reason: `an extract has at most ${this.maxLines} lines` };
    return this.stopped !== null;
  }

  private report(problem: PacketProblem): void {
    if (problem.kind === "audit_line_invalid") this.invalidLines += 1;
    this.problems.add(problem);
  }

  result(): AuditExtractSummary {
    return { ...this.summary };
  }

  private parse(line: string): PacketAuditEntry | undefined {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      this.report({ kind: "audit_line_invalid", line: this.lineNumber, reason: "not JSON" });
      return undefined;
    }
    const redacted = typeof json === "object" && json !== null && "redacted" in json;
    const parsed = (redacted ? redactedEntryShape : fullEntryShape).safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = issue ? `${issue.path.join(".") || "entry"}: ${issue.message}` : "invalid";
      this.report({ kind: "audit_line_invalid", line: this.lineNumber, reason });
      return undefined;
    }
    return json as PacketAuditEntry;
  }

  private check(entry: PacketAuditEntry): void {
    const where = { seq: entry.seq, id: isRedacted(entry) ? REDACTED_ID : entry.id, line: this.lineNumber };
    if (!isRedacted(entry)) {
      const recomputed = auditHash(entry);
      if (recomputed !== entry.hash) {
        this.report({ kind: "audit_hash_mismatch", ...where, expected: entry.hash, actual: recomputed });
      }
    }
    const previous = this.previous;
    if (previous) {
      if (entry.seq !== previous.seq + 1) {
        this.report({ kind: "audit_seq_gap", ...where, expectedSeq: previous.seq + 1 });
      }
      if (entry.prevHash !== previous.hash) {
        this.report({ kind: "audit_chain_broken", ...where, prevHash: entry.prevHash, previousHash: previous.hash });
      }
    } else if (entry.seq === 1 && entry.prevHash !== GENESIS_PREV_HASH) {
      this.report({ kind: "audit_chain_broken", ...where, prevHash: entry.prevHash, previousHash: GENESIS_PREV_HASH });
    }
    if (this.watched.has(entry.seq)) this.watched.set(entry.seq, entry.hash);
    this.previous = entry;
    this.summary = {
      entries: this.summary.entries + 1,
      firstSeq: this.summary.firstSeq ?? entry.seq,
      lastSeq: entry.seq,
      lastHash: entry.hash,
    };
  }
}
