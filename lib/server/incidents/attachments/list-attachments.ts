import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { attachmentSelect, toAttachmentDto, type AttachmentDto } from "@/lib/server/incidents/attachments/attachment-dto";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";

/** The incident's attachments (descriptions only; the names are decrypted, the bytes are not read). */
export async function listAttachments(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<AttachmentDto[]>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const rows = await ctx.db.attachment.findMany({
    where: { incidentId: found.value.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: attachmentSelect,
  });
  await auditRead(ctx, actor, {
    action: "incident.attachments.read",
    organizationId: found.value.organizationId,
    incidentId: found.value.id,
    detail: { attachments: rows.length },
  });
  return ok(rows.map(toAttachmentDto));
}
