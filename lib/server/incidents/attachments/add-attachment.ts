import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import {
  ALLOWED_ATTACHMENT_TYPES,
  attachmentUploadSchema,
  declaredKind,
  DEFAULT_ATTACHMENT_LIMITS,
  fileNameOf,
  type AttachmentLimits,
  type AttachmentUploadInput,
} from "@/lib/schemas/incident-attachment";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { folderProblemForPeople } from "@/lib/server/data-folders";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { attachmentSelect, toAttachmentDto, type AttachmentDto } from "@/lib/server/incidents/attachments/attachment-dto";
import { removeStored, storeEncrypted } from "@/lib/server/incidents/attachments/attachment-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { kindMismatch } from "@/lib/server/incidents/attachments/file-kind";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { changedBy } from "@/lib/server/incidents/permissions";

/**
 * Attaches a file (evidence, a filing receipt, a letter) to an incident. The bytes are checked against
 * what the file claims to be and encrypted on their way to disk; the row and its audit entry are written
 * only once the file is safely stored, and the file is removed again if that fails.
 * `limits` is the operator's setting (default 25 MB), never the client's.
 */
export async function addAttachment(
  ctx: ServiceContext,
  actor: Actor,
  input: AttachmentUploadInput,
  limits: AttachmentLimits = DEFAULT_ATTACHMENT_LIMITS,
): Promise<ServiceResult<AttachmentDto>> {
  const parsed = attachmentUploadSchema(limits).safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { incidentId, purpose, file } = parsed.data;
  const fileName = fileNameOf(file);
  const declared = declaredKind(fileName, file.type)!;

  // Checked before any byte is written, so a stranger's upload never reaches the disk.
  const allowed = await findIncidentFor(ctx.db, actor, incidentId, "attach");
  if (!allowed.ok) return allowed;

  const source = Readable.fromWeb(file.stream() as WebReadableStream<Uint8Array>);
  // Chosen now: the file's encryption is bound to its row.
  const attachmentId = newRowId();
  let stored;
  try {
    stored = await storeEncrypted(blobStore(ctx), source, limits.maxBytes, attachmentId);
  } catch (error) {
    const problem = folderProblemForPeople("The file", "attachments", error);
    if (!problem) throw error;
    return invalid([{ field: "file", problem }]);
  }
  if (!stored.ok) return invalid([{ field: "file", problem: stored.problem }]);
  const { storageKey, keyId, size, sha256, sniffer } = stored.stored;
  const mismatch = kindMismatch(declared, sniffer);
  if (mismatch) {
    await removeStored(blobStore(ctx), storageKey);
    return invalid([{ field: "file", problem: mismatch }]);
  }

  const now = ctx.now();
  try {
    return await writeTransaction(ctx.db, ctx.provider, async (tx) => {
      const found = await findIncidentFor(tx, actor, incidentId, "attach");
      if (!found.ok) return found;
      const attachment = await tx.attachment.create({
        data: {
          id: attachmentId,
          incidentId,
          fileName: seal(fileName, at("attachment", "fileName", attachmentId)),
          contentType: ALLOWED_ATTACHMENT_TYPES[declared],
          size,
          sha256,
          storageKey,
          keyId,
          purpose,
          uploadedById: changedBy(actor),
          createdAt: now,
        },
        select: attachmentSelect,
      });
      await appendAudit(
        tx,
        actor,
        {
          action: "incident.attachment.add",
          organizationId: found.value.organizationId,
          incidentId,
          detail: { attachmentId: attachment.id, contentType: attachment.contentType, size, sha256, purpose },
        },
        now,
      );
      return ok(toAttachmentDto(attachment));
    }).then(async (result) => {
      if (!result.ok) await removeStored(blobStore(ctx), storageKey);
      return result;
    });
  } catch (error) {
    await removeStored(blobStore(ctx), storageKey);
    throw error;
  }
}
