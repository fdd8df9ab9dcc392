import { acceptInvitationSchema, type AcceptInvitationInput } from "@/lib/schemas/accounts";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { hashPassword } from "@/lib/server/auth/password-hash";
import { TWO_FACTOR_ROLES_LIST } from "@/lib/server/auth/two-factor-roles";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { newPasswordErrors } from "./check-new-password";
import { EXPIRED_LINK, findUsableInvitation } from "./find-invitation";
import { confirmTwoFactorSetup } from "./two-factor-setup";

export interface InvitationView {
  email: string;
  organizationName: string | null;
  role: string;
  hasPassword: boolean;
  needsTwoFactor: boolean;
}

/** What the invitation page shows before the person accepts. */
export async function describeInvitation(ctx: ServiceContext, token: string): Promise<InvitationView | null> {
  const invitation = await findUsableInvitation(ctx.db, token, "invite", ctx.now());
  if (!invitation) return null;
  const user = await ctx.db.user.findUnique({ where: { email: invitation.email }, include: { memberships: true } });
  if (!user) return null;
  const organization = invitation.organizationId
    ? await ctx.db.organization.findUnique({ where: { id: invitation.organizationId }, select: { name: true } })
    : null;
  return {
    email: user.email,
    organizationName: organization?.name ?? null,
    role: invitation.role,
    hasPassword: user.passwordHash !== null,
    needsTwoFactor: !user.totpEnabledAt && user.memberships.some((m) => TWO_FACTOR_ROLES_LIST.includes(m.role)),
  };
}

export interface AcceptedInvitation {
  email: string;
  /** Shown once, when two-factor authentication was set up here. */
  recoveryCodes: string[] | null;
}

/**
 * The person chooses their own password (nobody else ever sets it) and, for DPO and administrator
 * roles, sets up two-factor authentication before the account can be used. The link works once.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  actor: Actor,
  input: AcceptInvitationInput,
): Promise<ServiceResult<AcceptedInvitation>> {
  const parsed = acceptInvitationSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const now = ctx.now();
  const view = await describeInvitation(ctx, parsed.data.token);
  if (!view) return invalid([{ field: "token", problem: EXPIRED_LINK }]);

  const update: Record<string, unknown> = { name: parsed.data.name };
  if (!view.hasPassword) {
    const organizations = await ctx.db.membership.findMany({
      where: { user: { email: view.email } },
      select: { organization: { select: { name: true } } },
    });
    const problems = newPasswordErrors(parsed.data.password, view.email, organizations.map((m) => m.organization.name));
    if (problems.length) return invalid(problems);
    update.passwordHash = await hashPassword(parsed.data.password!);
  }
  let recoveryCodes: string[] | null = null;
  if (view.needsTwoFactor) {
    const confirmed =
      parsed.data.totpSecret && parsed.data.totpCode ? confirmTwoFactorSetup(parsed.data.totpSecret, parsed.data.totpCode, now) : null;
    if (!confirmed) {
      return invalid([{ field: "totpCode", problem: "does not match: enter the 6-digit code your authenticator app shows now" }]);
    }
    Object.assign(update, confirmed.userData);
    recoveryCodes = confirmed.recoveryCodes;
  }

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const invitation = await findUsableInvitation(tx, parsed.data.token, "invite", now);
    if (!invitation) return invalid([{ field: "token", problem: EXPIRED_LINK }]);
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: now } });
    const user = await tx.user.update({ where: { email: view.email }, data: update, select: { id: true } });
    await appendAudit(tx, { kind: "user", userId: user.id, email: view.email, memberships: [], ip: actor.kind === "anonymous" ? actor.ip : null, via: "web" }, {
      action: "invitation.accept",
      organizationId: invitation.organizationId,
      detail: { role: invitation.role, passwordSet: !view.hasPassword, twoFactorEnabled: recoveryCodes !== null },
    }, now);
    return ok({ email: view.email, recoveryCodes });
  });
}
