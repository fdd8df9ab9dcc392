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
  disabled: boolean;
  twoFactor: boolean;
  joined: boolean;
  lastSeenAt: string | null;
}

/** The people of one organisation, for its administrators. */
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
      disabled: user.disabledAt !== null,
      twoFactor: user.totpEnabledAt !== null,
      joined: user.passwordHash !== null,
      lastSeenAt: user.sessions[0]?.lastSeenAt.toISOString() ?? null,
    };
    view.roles.push(membership.role);
    byUser.set(user.id, view);
  }
  await writeTransaction(ctx.db, ctx.provider, (tx) =>
    appendAudit(tx, actor, { action: "members.read", organizationId }, ctx.now()),
  );
  return ok([...byUser.values()].sort((a, b) => a.name.localeCompare(b.name)));
}
