import { toFieldErrors } from "@/lib/schemas/field-errors";
import { draftDiscardSchema, type DraftDiscardInput } from "@/lib/schemas/incident-discard";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { removeStored } from "@/lib/server/incidents/attachments/attachment-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { staleVersion } from "@/lib/server/incidents/incident-conflict";
import { toIncidentDto } from "@/lib/server/incidents/incident-dto";

/**
 * A draft was never reported: nobody was told and no clock was answered, so its author (still a manager or
 * the DPO of the practice) or the practice's DPO may delete it. It is deleted, not hidden: the personal
 * data typed into it goes with it. The audit trail keeps who discarded which reference, and when.
 */
export function mayDiscardDraft(actor: Actor, organizationId: string, createdById: string): boolean {
  if (actor.kind !== "user") return false;
  if (hasRole(actor, organizationId, "dpo")) return true;
  return actor.userId === createdById && hasRole(actor, organizationId, "manager");
}

export async function discardDraft(
  ctx: ServiceContext,
  actor: Actor,
  input: DraftDiscardInput,
): Promise<ServiceResult<{ reference: string }>> {
  const parsed = draftDiscardSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { incidentId, version } = parsed.data;
  const now = ctx.now();
  const files: string[] = [];
  const result = await writeTransaction(ctx.db, ctx.provider, async (tx): Promise<ServiceResult<{ reference: string }>> => {
    const found = await findIncidentFor(tx, actor, incidentId, "read");
    if (!found.ok) return found;
    const row = found.value;
    if (!mayDiscardDraft(actor, row.organizationId, row.createdById))
      return forbidden("Only the person who wrote the draft or the DPO can discard it.");
    if (row.state !== "draft")
      return invalid([
        { field: "incidentId", problem: "is no longer a draft: a reported incident stays in the register and cannot be discarded" },
      ]);
    if (version !== undefined && version !== row.version) return staleVersion(tx, actor, now, toIncidentDto(row), version);
    const attachments = await tx.attachment.findMany({ where: { incidentId: row.id }, select: { storageKey: true } });
    files.push(...attachments.map((attachment) => attachment.storageKey));
    // Timeline, revisions, tasks, comments, attachments and stored deadlines go with it (onDelete: Cascade).
    await tx.incident.delete({ where: { id: row.id } });
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.draft_discard",
        organizationId: row.organizationId,
        incidentId: row.id,
        detail: { reference: row.reference, version: row.version, attachments: files.length },
      },
      now,
    );
    return ok({ reference: row.reference });
  });
  // The encrypted files only once the rows are gone: a failed transaction leaves both in place.
  if (result.ok) await Promise.all(files.map((key) => removeStored(blobStore(ctx), key)));
  return result;
}
