import { mailServerConfigured } from "@/lib/mail/mail-server";
import { outboxCounts } from "@/lib/mail/outbox-summary";
import type { Actor } from "@/lib/server/actor";
import type { ServiceContext } from "@/lib/server/service-context";

/**
 * The outbox notice of the dashboard, for the practices where the actor is DPO or administrator (the
 * people who can act on a missing mail server); null for everyone else.
 */
export async function dashboardOutbox(
  ctx: ServiceContext,
  actor: Actor,
): Promise<{ waiting: number; toPeopleAffected: number; failing: number; smtpConfigured: boolean } | null> {
  if (actor.kind !== "user") return null;
  const organizationIds = [
    ...new Set(actor.memberships.filter((m) => m.role === "dpo" || m.role === "admin").map((m) => m.organizationId)),
  ];
  if (organizationIds.length === 0) return null;
  const counts = await outboxCounts(ctx, organizationIds);
  return {
    waiting: counts.waitingCount,
    toPeopleAffected: counts.waitingToPeopleAffected,
    failing: counts.countsByStatus.failed ?? 0,
    smtpConfigured: mailServerConfigured(ctx.env),
  };
}
