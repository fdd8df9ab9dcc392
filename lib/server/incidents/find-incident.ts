import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/server/actor";
import { forbidden, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { Tx } from "@/lib/server/transaction";
import { incidentDtoSelect, type IncidentRow } from "@/lib/server/incidents/incident-dto";
import { visibleIncident } from "@/lib/server/incidents/incident-scope";
import { deniedMessage, may, type IncidentAction } from "@/lib/server/incidents/permissions";

/**
 * The incident, if the actor can see it (else not_found, whatever the reason) and may do `action` with it
 * (else forbidden). Every service that works on one incident starts here.
 */
export async function findIncidentFor(
  db: Db | Tx,
  actor: Actor,
  incidentId: string,
  action: IncidentAction,
): Promise<ServiceResult<IncidentRow>> {
  const row = await db.incident.findFirst({ where: visibleIncident(actor, incidentId), select: incidentDtoSelect });
  if (!row) return notFound("No such incident.");
  if (!may(actor, row.organizationId, action)) return forbidden(deniedMessage[action]);
  return ok(row);
}
