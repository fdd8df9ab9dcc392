import type { Actor } from "@/lib/server/actor";
import { visibleIncident } from "@/lib/server/incidents/incident-scope";
import type { ServiceContext } from "@/lib/server/service-context";

/**
 * Whether the communication belongs to the incident named in the address and the actor can see that
 * incident: pages under /incidents/<id> answer 404 otherwise, before looking at anything else.
 */
export async function isCommunicationOfVisibleIncident(
  ctx: ServiceContext,
  actor: Actor,
  incidentId: string,
  communicationId: string,
): Promise<boolean> {
  const incidentVisible = (await ctx.db.incident.count({ where: visibleIncident(actor, incidentId) })) > 0;
  if (!incidentVisible) return false;
  return (await ctx.db.communication.count({ where: { id: communicationId, incidentId } })) > 0;
}
