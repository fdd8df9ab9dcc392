import type { Prisma } from "@/lib/db/client";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

/*
 * Tenancy by construction (docs/ARCHITECTURE.md rule 4): every incident query starts from this clause, so
 * another organisation's incident is simply not found, and its existence is never revealed.
 */
export function incidentScope(actor: Actor): Prisma.IncidentWhereInput {
  const organizationIds = visibleOrganizationIds(actor);
  return organizationIds === null ? {} : { organizationId: { in: organizationIds } };
}

/** One incident, only if the actor can see it. */
export function visibleIncident(actor: Actor, incidentId: string): Prisma.IncidentWhereInput {
  return { AND: [{ id: incidentId }, incidentScope(actor)] };
}
