import { auditHash, GENESIS_HASH } from "@/lib/domain/audit/chain";
import { actorId, actorIp, actorLabel, type Actor } from "@/lib/server/actor";
import type { Tx } from "@/lib/server/transaction";
import { checkpointIfDue } from "./audit-checkpoints";

export interface AuditRecord {
  action: string;
  organizationId?: string | null;
  incidentId?: string | null;
  /** Structured details. Never secrets, never decrypted personal data. */
  detail?: Record<string, unknown>;
}

/**
 * Appends one entry to the hash chain inside the caller's transaction, so the change and its record
 * commit together or not at all. Call only inside writeTransaction (which serialises the tail).
 */
export async function appendAudit(tx: Tx, actor: Actor, record: AuditRecord, now = new Date()) {
  const tail = await tx.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true, hash: true } });
  const fields = {
    seq: (tail?.seq ?? 0) + 1,
    at: now.toISOString(),
    actorId: actorId(actor),
    actorLabel: actorLabel(actor),
    organizationId: record.organizationId ?? null,
    incidentId: record.incidentId ?? null,
    action: record.action,
    detail: JSON.stringify(record.detail ?? {}),
    ip: actorIp(actor),
    prevHash: tail?.hash ?? GENESIS_HASH,
  };
  const created = await tx.auditEntry.create({ data: { ...fields, at: now, hash: auditHash(fields) } });
  await checkpointIfDue(tx, created, now);
  return created;
}
