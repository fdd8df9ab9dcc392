import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, type ServiceFailure } from "@/lib/server/result";
import type { Tx } from "@/lib/server/transaction";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";

/** What a stale save gets back: the incident as it is now, and what others changed since the client's version. */
export interface IncidentConflict {
  incident: IncidentDto;
  yourVersion: number;
  currentVersion: number;
  changedSince: string[];
  /** Who changed it, and when, newest last. */
  changes: Array<{ version: number; fields: string[]; changedById: string; changedAt: string }>;
}

/**
 * The conflict answer. It hands out the current incident, so it is recorded like a read (the transaction
 * commits: a conflict is an answer, not an error).
 */
export async function staleVersion(tx: Tx, actor: Actor, now: Date, current: IncidentDto, yourVersion: number): Promise<ServiceFailure> {
  const revisions = await tx.incidentRevision.findMany({
    where: { incidentId: current.id, version: { gt: yourVersion } },
    orderBy: { version: "asc" },
    select: { version: true, changed: true, changedById: true, changedAt: true },
  });
  const changes = revisions.map((revision) => ({
    version: revision.version,
    fields: JSON.parse(revision.changed) as string[],
    changedById: revision.changedById,
    changedAt: revision.changedAt.toISOString(),
  }));
  const detail: IncidentConflict = {
    incident: current,
    yourVersion,
    currentVersion: current.version,
    changedSince: [...new Set(changes.flatMap((change) => change.fields))],
    changes,
  };
  await appendAudit(
    tx,
    actor,
    {
      action: "incident.conflict",
      organizationId: current.organization.id,
      incidentId: current.id,
      detail: { yourVersion, currentVersion: current.version, changedSince: detail.changedSince },
    },
    now,
  );
  return conflict(
    `The incident was changed by someone else since version ${yourVersion} (now version ` +
      `${current.version}): reload it and apply your change again.`,
    detail,
  );
}
