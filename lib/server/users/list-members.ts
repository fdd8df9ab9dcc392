import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

export interface MemberView {
  userId: string;
  name: string;
  email: string;
  roles: string[];
  /** Roles offered by an invitation an existing account has not accepted yet: they give no rights. */
  invitedRoles: string[];
  /** The whole account, disabled by the operator. */
  disabled: boolean;
  /** Suspended in this organisation by its administrator. */
  suspended: boolean;
  twoFactor: boolean;
  joined: boolean;
  lastSeenAt: string | null;
}

/** The people of one organisation, for its administrators, and the accounts invited who have not yet accepted. */
export async function listMembers(ctx: ServiceContext, actor: Actor, organizationId: string): Promise<ServiceResult<MemberView[]>> {
  if (!hasRole(actor, organizationId, "admin")) return notFound();
  const memberships = await ctx.db.membership.findMany({
    where: { organizationId },
    include: { user: { include: { sessions: { orderBy: { lastSeenAt: "desc" }, take: 1, select: { lastSeenAt: true } } } } },
    orderBy: { createdAt: "asc" },
  });
  const byUser = new Map<string, MemberView>();
  for (const membership of memberships) {
    const user = membership.user;
    const view = byUser.get(user.id) ?? {
      userId: user.id,
      name: user.name,
      email: user.email,
      roles: [],
      invitedRoles: [],
      disabled: user.disabledAt !== null,
      suspended: membership.suspendedAt !== null,
      twoFactor: user.totpEnabledAt !== null,
      joined: user.passwordHash !== null,
      lastSeenAt: user.sessions[0]?.lastSeenAt.toISOString() ?? null,
    };
    view.roles.push(membership.role);
    byUser.set(user.id, view);
  }
  const pending = await ctx.db.invitation.findMany({
    where: { organizationId, purpose: "invite", usedAt: null, expiresAt: { gt: ctx.now() } },
    select: { email: true, role: true },
  });
  const invitedUsers = await ctx.db.user.findMany({
    where: { email: { in: [...new Set(pending.map((invitation) => invitation.email))] } },
    select: { id: true, email: true },
  });
  for (const user of invitedUsers) {
    // Someone not (yet) of this practice: their name, activity and account state are not its business.
    const view = byUser.get(user.id) ?? {
      userId: user.id,
      name: user.email,
      email: user.email,
      roles: [],
      invitedRoles: [],
      disabled: false,
      suspended: false,
      twoFactor: false,
      joined: false,
      lastSeenAt: null,
    };
    for (const invitation of pending) {
      if (invitation.email === user.email && !view.roles.includes(invitation.role) && !view.invitedRoles.includes(invitation.role)) {
        view.invitedRoles.push(invitation.role);
      }
    }
    if (view.roles.length || view.invitedRoles.length) byUser.set(user.id, view);
  }
  await writeTransaction(ctx.db, ctx.provider, (tx) => appendAudit(tx, actor, { action: "members.read", organizationId }, ctx.now()));
  return ok([...byUser.values()].sort((a, b) => a.name.localeCompare(b.name)));
}
