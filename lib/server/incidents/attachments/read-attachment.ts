import { createHash } from "node:crypto";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { attachmentRefSchema, type AttachmentRefInput } from "@/lib/schemas/incident-attachment";
import type { Actor } from "@/lib/server/actor";
import { forbidden, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { attachmentSelect, toAttachmentDto, type AttachmentDto } from "@/lib/server/incidents/attachments/attachment-dto";
import { readDecrypted } from "@/lib/server/incidents/attachments/attachment-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { incidentScope } from "@/lib/server/incidents/incident-scope";
import { deniedMessage, may } from "@/lib/server/incidents/permissions";

export interface AttachmentContent {
  attachment: AttachmentDto;
  content: Buffer;
}

/**
 * An attachment's bytes, decrypted and checked against the SHA-256 recorded at upload. A mismatch means
 * the stored file was altered or mixed up: that is not an expected failure, so it throws.
 */
export async function readAttachment(
  ctx: ServiceContext,
  actor: Actor,
  input: AttachmentRefInput,
): Promise<ServiceResult<AttachmentContent>> {
  const parsed = attachmentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const row = await ctx.db.attachment.findFirst({
    where: { id: parsed.data.attachmentId, incident: incidentScope(actor) },
    select: { ...attachmentSelect, storageKey: true, incident: { select: { organizationId: true } } },
  });
  if (!row) return notFound("No such attachment.");
  if (!may(actor, row.incident.organizationId, "read")) return forbidden(deniedMessage.read);
  const content = await readDecrypted(blobStore(ctx), row.storageKey, row.id);
  const digest = createHash("sha256").update(content).digest("hex");
  if (digest !== row.sha256) throw new Error(`Attachment ${row.id} does not match its recorded SHA-256: the stored file was altered`);
  await auditRead(ctx, actor, {
    action: "incident.attachment.read",
    organizationId: row.incident.organizationId,
    incidentId: row.incidentId,
    detail: { attachmentId: row.id, sha256: row.sha256 },
  });
  return ok({ attachment: toAttachmentDto(row), content });
}
