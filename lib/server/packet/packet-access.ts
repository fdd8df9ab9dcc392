import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import type { Db } from "@/lib/db/client";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import type { IncidentRow } from "@/lib/server/incidents/incident-dto";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";

/*
 * The packet is the file handed to the authority or to counsel: the DPO assembles it and the lawyer needs
 * it to advise. It carries every attachment and the audit extract, so managers (who prepare the facts) and
 * administrators (who manage accounts) do not export it.
 */
export const PACKET_ROLES = ["dpo", "lawyer"] as const;

export async function findIncidentForPacket(db: Db, actor: Actor, incidentId: string): Promise<ServiceResult<IncidentRow>> {
  const found = await findIncidentFor(db, actor, incidentId, "read");
  if (!found.ok) return found;
  if (actor.kind !== "user" || !hasRole(actor, found.value.organizationId, ...PACKET_ROLES)) {
    return forbidden("Only the DPO or the lawyer can export the submission packet.");
  }
  return ok(found.value);
}
