import type { IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import type { ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { commentSelect, toCommentDto, type CommentDto } from "@/lib/server/incidents/comments/comment-dto";
import { listOfIncident } from "@/lib/server/incidents/list-of-incident";

/** The incident's comments, oldest first, decrypted; the read is audited. */
export async function listComments(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<CommentDto[]>> {
  return listOfIncident(ctx, actor, input, {
    action: "incident.comments.read",
    counted: "comments",
    rows: (incidentId) =>
      ctx.db.comment.findMany({ where: { incidentId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }], select: commentSelect }),
    toDto: toCommentDto,
  });
}
