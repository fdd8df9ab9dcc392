import { removeRoleSchema, type RemoveRoleInput } from "@/lib/schemas/memberships";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/** Takes one role away; an organisation always keeps at least one administrator. Audited as a role change. */
export async function removeRole(ctx: ServiceContext, actor: Actor, input: RemoveRoleInput): Promise<ServiceResult<null>> {
  const parsed = removeRoleSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organizationId, userId, role } = parsed.data;
  if (!hasRole(actor, organizationId, "admin")) return notFound();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const membership = await tx.membership.findUnique({
      where: { userId_organizationId_role: { userId, organizationId, role } },
      include: { user: { select: { email: true } } },
    });
    if (!membership) return notFound();
    if (role === "admin" && (await tx.membership.count({ where: { organizationId, role: "admin" } })) <= 1) {
      return invalid([{ field: "role", problem: "the organisation needs at least one administrator" }]);
    }
    await tx.membership.delete({ where: { id: membership.id } });
    await appendAudit(
      tx,
      actor,
      { action: "member.role_removed", organizationId, detail: { email: membership.user.email, role } },
      ctx.now(),
    );
    return ok(null);
  });
}
