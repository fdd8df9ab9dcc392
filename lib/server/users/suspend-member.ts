import { suspendMemberSchema, type SuspendMemberInput } from "@/lib/schemas/memberships";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/**
 * An administrator suspends or restores a person's access to their own organisation only: the person's
 * account, sign-in and other organisations are not theirs to touch. A suspended membership gives no
 * rights from the person's next request on (every request reloads the memberships), so their sessions
 * and API tokens keep working only for their other organisations. Audited in this organisation.
 */
export async function setMemberSuspended(
  ctx: ServiceContext,
  actor: Actor,
  input: SuspendMemberInput,
): Promise<ServiceResult<{ userId: string; organizationId: string; suspended: boolean }>> {
  const parsed = suspendMemberSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organizationId, userId, suspended } = parsed.data;
  if (!hasRole(actor, organizationId, "admin")) return notFound();
  if (actor.kind === "user" && actor.userId === userId) {
    return invalid([{ field: "userId", problem: "you cannot suspend yourself: another administrator of this organisation can" }]);
  }
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const memberships = await tx.membership.findMany({
      where: { organizationId, userId },
      include: { user: { select: { email: true } } },
    });
    if (memberships.length === 0) return notFound();
    await tx.membership.updateMany({ where: { organizationId, userId }, data: { suspendedAt: suspended ? now : null } });
    await appendAudit(
      tx,
      actor,
      {
        action: suspended ? "member.suspend" : "member.restore",
        organizationId,
        detail: { userId, email: memberships[0]!.user.email, roles: memberships.map((m) => m.role) },
      },
      now,
    );
    return ok({ userId, organizationId, suspended });
  });
}
