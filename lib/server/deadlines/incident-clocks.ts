import type { Deadline } from "@/lib/domain/deadlines";
import type { Actor } from "@/lib/server/actor";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import type { ServiceContext } from "@/lib/server/service-context";
import { allDeadlines, incidentRecords } from "./get-incident-deadlines";

/**
 * Every deadline of an incident with whether it is met, for the incident page's clocks: the same inputs and
 * judgement as the deadlines endpoint and the dashboard (risk level, filings, sent communications, targets,
 * the practice's holidays). Not audited on its own: the page reads it with the incident, whose read is.
 */
export async function incidentClockDeadlines(
  ctx: ServiceContext,
  actor: Actor,
  incidentId: string,
): Promise<Array<{ deadline: Deadline; met: boolean }> | null> {
  const found = await findIncidentFor(ctx.db, actor, incidentId, "read");
  if (!found.ok) return null;
  return allDeadlines(await incidentRecords(ctx.db, found.value));
}
