import { auditHash, GENESIS_HASH, type ChainedAuditEntry, type ChainedAuditFields } from "@/lib/domain/audit/chain";

/*
 * One line of a packet's audit.jsonl. The extract is the contiguous range of the database's audit chain
 * from the incident's first entry to its last, so every link can be checked. Entries of the incident (and
 * anything the reader may see) are written in full and hashed with the database chain's own function
 * (lib/domain/audit/chain.ts); entries of other incidents or organisations in that range are REDACTED to
 * the three values the chain needs, so a packet never leaks someone else's data.
 */
export interface RedactedAuditEntry {
  seq: number;
  prevHash: string;
  hash: string;
  redacted: true;
}

export type PacketAuditEntry = ChainedAuditEntry | RedactedAuditEntry;

export const GENESIS_PREV_HASH = GENESIS_HASH;

export function isRedacted(entry: PacketAuditEntry): entry is RedactedAuditEntry {
  return "redacted" in entry && entry.redacted === true;
}

export function redactAuditEntry(entry: Pick<ChainedAuditEntry, "seq" | "prevHash" | "hash">): RedactedAuditEntry {
  return { seq: entry.seq, prevHash: entry.prevHash, hash: entry.hash, redacted: true };
}

/** Links fields to the entry before (or the genesis) and seals them exactly as the database's audit writer does. */
export function sealAuditFields(
  previous: Pick<ChainedAuditEntry, "hash"> | undefined,
  id: string,
  fields: Omit<ChainedAuditFields, "prevHash">,
): ChainedAuditEntry {
  const linked: ChainedAuditFields = { ...fields, prevHash: previous?.hash ?? GENESIS_HASH };
  return { id, ...linked, hash: auditHash(linked) };
}
