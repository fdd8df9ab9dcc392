import { z } from "zod";
import { computeAuditEntryHash, GENESIS_PREV_HASH, type AuditExtractEntry } from "./audit-hash";
import type { AuditExtractSummary } from "./manifest";
import type { PacketProblem } from "./packet-problems";

const SHA256_HEX = /^[0-9a-f]{64}$/;

/** The named fields must be there with the right types; other fields are free JSON and hashed as they are. */
const auditEntryShape = z.looseObject({
  seq: z.number().int().positive(),
  id: z.string().min(1),
  at: z.string().min(1),
  actor: z.string(),
  action: z.string().min(1),
  prevHash: z.string().regex(SHA256_HEX, "must be 64 lowercase hex digits"),
  hash: z.string().regex(SHA256_HEX, "must be 64 lowercase hex digits"),
});

/**
 * Checks an audit extract one line at a time, so a long log is verified without holding it in memory.
 * Each entry's hash must match its content, and each prevHash must be the previous entry's hash. The
 * extract may start in the middle of a log: the first entry's prevHash then points outside the packet,
 * and only an extract that starts at seq 1 must begin at the genesis hash.
 */
export class AuditChainChecker {
  readonly problems: PacketProblem[] = [];
  private lineNumber = 0;
  private previous: AuditExtractEntry | undefined;
  private summary: AuditExtractSummary = { entries: 0, firstSeq: null, lastSeq: null, lastHash: null };

  pushLine(line: string): void {
    this.lineNumber += 1;
    if (line.trim() === "") return;
    const entry = this.parse(line);
    if (entry) this.check(entry);
  }

  /** A line too long to parse still counts, so later problems keep their true line numbers. */
  skipLine(reason: string): void {
    this.lineNumber += 1;
    this.problems.push({ kind: "audit_line_invalid", line: this.lineNumber, reason });
  }

  result(): AuditExtractSummary {
    return { ...this.summary };
  }

  private parse(line: string): AuditExtractEntry | undefined {
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      this.problems.push({ kind: "audit_line_invalid", line: this.lineNumber, reason: "not JSON" });
      return undefined;
    }
    const parsed = auditEntryShape.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const reason = issue ? `${issue.path.join(".") || "entry"}: ${issue.message}` : "invalid";
      this.problems.push({ kind: "audit_line_invalid", line: this.lineNumber, reason });
      return undefined;
    }
    // Hash what was written, not the parser's copy, so nothing the schema might normalise can hide a change.
    return json as AuditExtractEntry;
  }

  private check(entry: AuditExtractEntry): void {
    const where = { seq: entry.seq, id: entry.id, line: this.lineNumber };
    const recomputed = computeAuditEntryHash(entry);
    if (recomputed !== entry.hash) {
      this.problems.push({ kind: "audit_hash_mismatch", ...where, expected: entry.hash, actual: recomputed });
    }
    const previous = this.previous;
    if (previous) {
      if (entry.seq !== previous.seq + 1) {
        this.problems.push({ kind: "audit_seq_gap", ...where, expectedSeq: previous.seq + 1 });
      }
      if (entry.prevHash !== previous.hash) {
        this.problems.push({ kind: "audit_chain_broken", ...where, prevHash: entry.prevHash, previousHash: previous.hash });
      }
    } else if (entry.seq === 1 && entry.prevHash !== GENESIS_PREV_HASH) {
      this.problems.push({ kind: "audit_chain_broken", ...where, prevHash: entry.prevHash, previousHash: GENESIS_PREV_HASH });
    }
    this.previous = entry;
    this.summary = {
      entries: this.summary.entries + 1,
      firstSeq: this.summary.firstSeq ?? entry.seq,
      lastSeq: entry.seq,
      lastHash: entry.hash,
    };
  }
}
