import type { Prisma } from "@/lib/db/client";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

/** Tenancy by construction for the stored deadlines, as incidentScope is for incidents. */
export function deadlineScope(actor: Actor): Prisma.IncidentDeadlineWhereInput {
  const organizationIds = visibleOrganizationIds(actor);
  return organizationIds === null ? {} : { organizationId: { in: organizationIds } };
}
