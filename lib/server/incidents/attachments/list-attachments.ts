import type { IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import type { ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { attachmentSelect, toAttachmentDto, type AttachmentDto } from "@/lib/server/incidents/attachments/attachment-dto";
import { listOfIncident } from "@/lib/server/incidents/list-of-incident";

/** The incident's attachments (descriptions only; the names are decrypted, the bytes are not read). */
export async function listAttachments(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<AttachmentDto[]>> {
  return listOfIncident(ctx, actor, input, {
    action: "incident.attachments.read",
    counted: "attachments",
    rows: (incidentId) =>
      ctx.db.attachment.findMany({ where: { incidentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: attachmentSelect }),
    toDto: toAttachmentDto,
  });
}
