import { toFieldErrors } from "@/lib/schemas/field-errors";
import { joinOrganizationSchema, type JoinOrganizationInput } from "@/lib/schemas/memberships";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { TWO_FACTOR_ROLES_LIST } from "@/lib/server/auth/two-factor-roles";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { EXPIRED_LINK, findUsableInvitation } from "./find-invitation";
import { grantInvitedRole } from "./grant-invited-role";

/**
 * A person who already has an account accepts an invitation to another practice, signed in as the
 * invited e-mail: their consent is this action, not the administrator's invitation. A role that requires
 * two-factor authentication is given only to someone who already uses it. Audited in the joined practice.
 */
export async function joinOrganization(
  ctx: ServiceContext,
  actor: Actor,
  input: JoinOrganizationInput,
): Promise<ServiceResult<{ organizationId: string; organizationName: string; role: string }>> {
  if (actor.kind !== "user") return forbidden("Sign in to accept this invitation.");
  const parsed = joinOrganizationSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const invitation = await findUsableInvitation(tx, parsed.data.token, "invite", now);
    if (!invitation?.organizationId) return invalid([{ field: "token", problem: EXPIRED_LINK }]);
    if (invitation.email !== actor.email) {
      return invalid([{ field: "token", problem: `this invitation is for another e-mail address: sign in as the person invited` }]);
    }
    const user = await tx.user.findUniqueOrThrow({ where: { id: actor.userId }, select: { totpEnabledAt: true } });
    if (TWO_FACTOR_ROLES_LIST.includes(invitation.role) && !user.totpEnabledAt) {
      return invalid([
        { field: "token", problem: "this role requires two-factor authentication: set it up in Your account, then open the link again" },
      ]);
    }
    const organization = await tx.organization.findUniqueOrThrow({ where: { id: invitation.organizationId }, select: { name: true } });
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: now } });
    await grantInvitedRole(tx, actor.userId, invitation.organizationId, invitation.role);
    await appendAudit(
      tx,
      actor,
      {
        action: "invitation.accept",
        organizationId: invitation.organizationId,
        detail: { role: invitation.role, existingAccount: true },
      },
      now,
    );
    return ok({ organizationId: invitation.organizationId, organizationName: organization.name, role: invitation.role });
  });
}
