import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { issueInvitation } from "@/lib/server/users/invitation-link";

export type FirstAdminLink = { administratorExists: false; link: string; expiresAt: Date } | { administratorExists: true };

/**
 * There is no default account: the first administrator is created through a one-time link printed by
 * `breachdesk setup`. Issuing a new link withdraws any earlier unused one. Once an administrator
 * exists, set-up links are no longer issued; administrators invite people instead.
 */
export async function issueFirstAdminLink(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<FirstAdminLink>> {
  if (actor.kind !== "operator") return forbidden("Only the operator can issue the set-up link.");
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const admins = await tx.membership.count({ where: { role: "admin", user: { passwordHash: { not: null } } } });
    if (admins > 0) return ok({ administratorExists: true } as const);
    const now = ctx.now();
    await tx.invitation.updateMany({ where: { purpose: "first-admin", usedAt: null }, data: { expiresAt: now } });
    const { link, expiresAt } = await issueInvitation(tx, ctx.env, now, {
      email: "",
      organizationId: null,
      role: "admin",
      purpose: "first-admin",
      createdById: null,
    });
    await appendAudit(tx, actor, { action: "setup.first_admin_link", detail: { expiresAt: expiresAt.toISOString() } }, now);
    return ok({ administratorExists: false, link, expiresAt } as const);
  });
}
