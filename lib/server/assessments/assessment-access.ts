import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import type { IncidentRow } from "@/lib/server/incidents/incident-dto";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { Tx } from "@/lib/server/transaction";
import type { Db } from "@/lib/db/client";

/*
 * Deciding on the risk (and filing with the authority) is the DPO's responsibility (GDPR Art. 39): a manager
 * prepares the facts, a lawyer advises, neither decides. Another organisation's incident is not found.
 */
export async function findIncidentForDpo(db: Db | Tx, actor: Actor, incidentId: string, what: string): Promise<ServiceResult<IncidentRow>> {
  const found = await findIncidentFor(db, actor, incidentId, "read");
  if (!found.ok) return found;
  if (actor.kind !== "user" || !hasRole(actor, found.value.organizationId, "dpo")) return forbidden(`Only the DPO can ${what}.`);
  return ok(found.value);
}
