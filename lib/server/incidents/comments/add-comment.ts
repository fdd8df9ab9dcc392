import { toFieldErrors } from "@/lib/schemas/field-errors";
import { commentAddSchema, type CommentAddInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { commentSelect, toCommentDto, type CommentDto } from "@/lib/server/incidents/comments/comment-dto";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { changedBy } from "@/lib/server/incidents/permissions";

/** A comment on the incident file, encrypted at rest; the lawyer may comment though not change the facts. */
export async function addComment(ctx: ServiceContext, actor: Actor, input: CommentAddInput): Promise<ServiceResult<CommentDto>> {
  const parsed = commentAddSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { incidentId, body } = parsed.data;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, incidentId, "comment");
    if (!found.ok) return found;
    const id = newRowId();
    const comment = await tx.comment.create({
      data: { id, incidentId, authorId: changedBy(actor), body: seal(body, at("comment", "body", id)), createdAt: now },
      select: commentSelect,
    });
    // The body stays out of the audit trail: it is as sensitive as the description.
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.comment.add",
        organizationId: found.value.organizationId,
        incidentId,
        detail: { commentId: comment.id, length: body.length },
      },
      now,
    );
    return ok(toCommentDto(comment));
  });
}
