import type { Actor } from "@/lib/server/actor";
import { appendAudit, type AuditRecord } from "@/lib/server/audit/append-audit";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/**
 * Reads of incident data are audited (docs/ARCHITECTURE.md rule 5). The record commits before the data is
 * handed out, so nothing is shown that was not recorded.
 */
export async function auditRead(ctx: ServiceContext, actor: Actor, record: AuditRecord): Promise<void> {
  await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, actor, record, ctx.now()));
}
