import type { Prisma } from "@/lib/db/client";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

/*
 * Tenancy by construction (docs/ARCHITECTURE.md rule 4): every incident query starts from this clause, so
 * another organisation's incident is simply not found, and its existence is never revealed.
 */
export function incidentScope(actor: Actor, chosenOrganizationId?: string | null): Prisma.IncidentWhereInput {
  const organizationIds = visibleOrganizationIds(actor);
  // A list narrowed to one of the actor's practices needs only that one: the thousand ids of a DPO firm's person,
  // repeated in each of a page's queries, cost Prisma more to compile than the reads themselves (bench/pages.bench.ts).
  if (chosenOrganizationId) {
    const visible = organizationIds === null || organizationIds.includes(chosenOrganizationId);
    return { organizationId: visible ? chosenOrganizationId : { in: [] } };
  }
  return organizationIds === null ? {} : { organizationId: { in: organizationIds } };
}

/** One incident, only if the actor can see it. */
export function visibleIncident(actor: Actor, incidentId: string): Prisma.IncidentWhereInput {
  return { AND: [{ id: incidentId }, incidentScope(actor)] };
}
