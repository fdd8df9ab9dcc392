import { outboxSummary } from "@/lib/mail/outbox-summary";
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
  const summary = await outboxSummary(ctx, organizationIds, 1);
  return {
    waiting: summary.waitingCount,
    toPeopleAffected: summary.waitingToPeopleAffected,
    failing: summary.countsByStatus.failed ?? 0,
    smtpConfigured: summary.smtpConfigured,
  };
}
