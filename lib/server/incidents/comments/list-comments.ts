import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { commentSelect, toCommentDto, type CommentDto } from "@/lib/server/incidents/comments/comment-dto";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";

/** The incident's comments, oldest first, decrypted; the read is audited. */
export async function listComments(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<CommentDto[]>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const rows = await ctx.db.comment.findMany({
    where: { incidentId: found.value.id },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: commentSelect,
  });
  await auditRead(ctx, actor, {
    action: "incident.comments.read",
    organizationId: found.value.organizationId,
    incidentId: found.value.id,
    detail: { comments: rows.length },
  });
  return ok(rows.map(toCommentDto));
}
