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
import { grantInvitedRole } from "./grant-invited-role";
import { EXPIRED_LINK, findUsableInvitation } from "./find-invitation";
import { confirmTwoFactorSetup } from "./two-factor-setup";

export interface InvitationView {
  email: string;
  organizationId: string | null;
  organizationName: string | null;
  role: string;
  hasPassword: boolean;
  needsTwoFactor: boolean;
  /** The name the administrator typed when inviting, for the person to keep or correct; null when none was given. */
  suggestedName: string | null;
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
  const roles = [...user.memberships.map((m) => m.role), invitation.role];
  return {
    email: user.email,
    organizationId: invitation.organizationId,
    organizationName: organization?.name ?? null,
    role: invitation.role,
    hasPassword: user.passwordHash !== null,
    needsTwoFactor: !user.totpEnabledAt && roles.some((role) => TWO_FACTOR_ROLES_LIST.includes(role)),
    // An invitation without a name stores the address's first part as a placeholder: not worth offering.
    suggestedName: user.name && user.name !== user.email.split("@")[0] ? user.name : null,
  };
}

export interface AcceptedInvitation {
  email: string;
  /** Shown once, when two-factor authentication was set up here. */
  recoveryCodes: string[] | null;
}

/**
 * Creates the account: the person chooses their own password (nobody else ever sets it) and, for DPO and
 * administrator roles, sets up two-factor authentication before the account can be used. The link works
 * once. An account that already has a password joins through joinOrganization, signed in: holding the
 * link alone never adds an existing person to a practice.
 */
export async function acceptInvitation(
  ctx: ServiceContext,
  actor: Actor,
  input: AcceptInvitationInput,
): Promise<ServiceResult<AcceptedInvitation>> {
  const now = ctx.now();
  const view = typeof input.token === "string" ? await describeInvitation(ctx, input.token) : null;
  if (!view) return invalid([{ field: "token", problem: EXPIRED_LINK }]);
  // Every problem at once (name, password, code), so the person fixes the form in one go.
  const parsed = acceptInvitationSchema.safeParse(input);
  const problems = parsed.success ? [] : toFieldErrors(parsed.error);
  const refused = (field: string) => problems.some((problem) => problem.field === field);

  if (view.hasPassword) {
    return invalid([
      { field: "token", problem: `this invitation is for an existing account: sign in as ${view.email}, then open the link again` },
    ]);
  }
  const organizations = await ctx.db.organization.findMany({
    where: {
      OR: [{ memberships: { some: { user: { email: view.email } } } }, ...(view.organizationId ? [{ id: view.organizationId }] : [])],
    },
    select: { name: true },
  });
  if (!refused("password"))
    problems.push(
      ...newPasswordErrors(
        input.password,
        view.email,
        organizations.map((organization) => organization.name),
      ),
    );
  let recoveryCodes: string[] | null = null;
  let twoFactorData: ((userId: string) => Record<string, unknown>) | null = null;
  if (view.needsTwoFactor && !refused("totpCode")) {
    const confirmed = input.totpSecret && input.totpCode ? confirmTwoFactorSetup(input.totpSecret, input.totpCode, now) : null;
    if (confirmed) {
      twoFactorData = confirmed.userData;
      recoveryCodes = confirmed.recoveryCodes;
    } else {
      problems.push({ field: "totpCode", problem: "does not match: enter the 6-digit code your authenticator app shows now" });
    }
  }
  if (!parsed.success || problems.length > 0) return invalid(problems);
  const update: Record<string, unknown> = { name: parsed.data.name, passwordHash: await hashPassword(parsed.data.password!) };

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const invitation = await findUsableInvitation(tx, parsed.data.token, "invite", now);
    if (!invitation) return invalid([{ field: "token", problem: EXPIRED_LINK }]);
    await tx.invitation.update({ where: { id: invitation.id }, data: { usedAt: now } });
    const existing = await tx.user.findUniqueOrThrow({ where: { email: view.email }, select: { id: true } });
    const user = await tx.user.update({
      where: { id: existing.id },
      data: { ...update, ...twoFactorData?.(existing.id) },
      select: { id: true },
    });
    // Already there when the invitation created the account; not when another practice's link did.
    if (invitation.organizationId) await grantInvitedRole(tx, user.id, invitation.organizationId, invitation.role);
    await appendAudit(
      tx,
      { kind: "user", userId: user.id, email: view.email, memberships: [], ip: actor.kind === "anonymous" ? actor.ip : null, via: "web" },
      {
        action: "invitation.accept",
        organizationId: invitation.organizationId,
        detail: { role: invitation.role, passwordSet: true, twoFactorEnabled: recoveryCodes !== null },
      },
      now,
    );
    return ok({ email: view.email, recoveryCodes });
  });
}
