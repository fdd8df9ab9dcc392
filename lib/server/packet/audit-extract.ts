import type { ChainedAuditEntry } from "@/lib/domain/audit/chain";
import { redactAuditEntry, type PacketAuditEntry } from "@/lib/documents/packet/audit-entry";
import type { Db } from "@/lib/db/client";

const BATCH = 500;

export interface AuditRange {
  firstSeq: number;
  lastSeq: number;
}

/** The seq range from the incident's first audit entry to its last (as of now), or null when it has none. */
export async function incidentAuditRange(db: Db, incidentId: string): Promise<AuditRange | null> {
  const [first, last] = await Promise.all([
    db.auditEntry.findFirst({ where: { incidentId }, orderBy: { seq: "asc" }, select: { seq: true } }),
    db.auditEntry.findFirst({ where: { incidentId }, orderBy: { seq: "desc" }, select: { seq: true } }),
  ]);
  return first && last ? { firstSeq: first.seq, lastSeq: last.seq } : null;
}

/**
 * Every audit entry of the range in seq order, read in batches so a long log never sits in memory: the
 * incident's own entries in full, exactly as stored (so the packet verifier re-hashes them with the database
 * chain's auditHash), and everyone else's redacted to {seq, prevHash, hash} so the links still check.
 */
export async function* auditExtract(db: Db, incidentId: string, range: AuditRange | null): AsyncGenerator<PacketAuditEntry> {
  if (!range) return;
  let nextSeq = range.firstSeq;
  while (nextSeq <= range.lastSeq) {
    const rows = await db.auditEntry.findMany({
      where: { seq: { gte: nextSeq, lte: range.lastSeq } },
      orderBy: { seq: "asc" },
      take: BATCH,
    });
    if (rows.length === 0) return;
    for (const row of rows) {
      if (row.incidentId !== incidentId) {
        yield redactAuditEntry(row);
        continue;
      }
      const entry: ChainedAuditEntry = {
        id: row.id,
        seq: row.seq,
        at: row.at.toISOString(),
        actorId: row.actorId,
        actorLabel: row.actorLabel,
        organizationId: row.organizationId,
        incidentId: row.incidentId,
        action: row.action,
        detail: row.detail,
        ip: row.ip,
        prevHash: row.prevHash,
        hash: row.hash,
      };
      yield entry;
    }
    nextSeq = rows.at(-1)!.seq + 1;
  }
}
