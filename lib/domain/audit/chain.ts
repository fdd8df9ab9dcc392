/*
 * The audit trail's hash chain (docs/ARCHITECTURE.md rule 5), as pure functions so the database writer,
 * `breachdesk audit verify` and the packet verifier compute exactly the same thing.
 */
import { createHash } from "node:crypto";

export const GENESIS_HASH = "0".repeat(64);

/** The fields an audit entry's hash covers. `detail` is the stored JSON text, hashed as written. */
export interface ChainedAuditFields {
  seq: number;
  at: string;
  actorId: string | null;
  actorLabel: string;
  organizationId: string | null;
  incidentId: string | null;
  action: string;
  detail: string;
  ip: string | null;
  prevHash: string;
}

export interface ChainedAuditEntry extends ChainedAuditFields {
  id: string;
  hash: string;
}

/** A fixed field order, so the hash never depends on how an object happened to be built. */
export function canonicalAuditText(entry: ChainedAuditFields): string {
  return JSON.stringify([
    entry.seq,
    entry.at,
    entry.actorId,
    entry.actorLabel,
    entry.organizationId,
    entry.incidentId,
    entry.action,
    entry.detail,
    entry.ip,
    entry.prevHash,
  ]);
}

export function auditHash(entry: ChainedAuditFields): string {
  return createHash("sha256").update(canonicalAuditText(entry)).digest("hex");
}

export type ChainProblem =
  | { kind: "hash_mismatch"; seq: number; id: string }
  | { kind: "broken_link"; seq: number; id: string }
  | { kind: "gap"; seq: number; id: string; expectedSeq: number };

/**
 * Walks entries in seq order and names the first entry that does not fit the chain.
 * `startPrevHash` lets a verifier check an extract that begins mid-chain.
 */
export function findFirstChainProblem(
  entries: Iterable<ChainedAuditEntry>,
  options: { startPrevHash?: string; contiguous?: boolean } = {},
): ChainProblem | null {
  let previousHash = options.startPrevHash;
  let previousSeq: number | undefined;
  for (const entry of entries) {
    if (options.contiguous !== false && previousSeq !== undefined && entry.seq !== previousSeq + 1) {
      return { kind: "gap", seq: entry.seq, id: entry.id, expectedSeq: previousSeq + 1 };
    }
    if (previousHash !== undefined && entry.prevHash !== previousHash) {
      return { kind: "broken_link", seq: entry.seq, id: entry.id };
    }
    if (auditHash(entry) !== entry.hash) return { kind: "hash_mismatch", seq: entry.seq, id: entry.id };
    previousHash = entry.hash;
    previousSeq = entry.seq;
  }
  return null;
}
