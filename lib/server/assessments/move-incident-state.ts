import type { IncidentState } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { sealedEventSummary } from "@/lib/server/incidents/timeline/sealed-event-summary";
import { toIncidentDto, type IncidentRow } from "@/lib/server/incidents/incident-dto";
import { findTransition } from "@/lib/server/incidents/incident-states";
import { sealedSnapshot, valuesOf } from "@/lib/server/incidents/incident-values";
import { changedBy } from "@/lib/server/incidents/permissions";
import type { Tx } from "@/lib/server/transaction";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

/**
 * The state move that follows from a recorded decision or filing (under_assessment -> decided,
 * decided -> notified), with exactly the rules and records of changeIncidentState (transition table, new
 * version and revision, timeline event, audit entry), inside the caller's transaction so the decision and
 * the move commit together. The caller has checked the role; the precondition is the row it just wrote.
 */
export async function moveIncidentState(tx: Tx, actor: Actor, incident: IncidentRow, to: IncidentState, now: Date): Promise<void> {
  const transition = findTransition(incident.state, to);
  if (!transition) throw new Error(`No transition from ${incident.state} to ${to}`);
  const nextVersion = incident.version + 1;
  const saved = await tx.incident.updateMany({
    where: { id: incident.id, version: incident.version },
    data: { state: to, version: nextVersion, updatedAt: now },
  });
  // Read in this same transaction a moment ago: a different version here is a bug, not a user's conflict.
  if (saved.count !== 1) throw new Error("The incident changed inside its own transaction");
  await refreshIncidentDeadlines(tx, [incident.id]);
  const person = changedBy(actor);
  await tx.incidentRevision.create({
    data: {
      incidentId: incident.id,
      version: nextVersion,
      ...sealedSnapshot(valuesOf(toIncidentDto(incident))),
      changed: JSON.stringify(["state"]),
      changedById: person,
      changedAt: now,
    },
  });
  await tx.incidentEvent.create({
    data: {
      incidentId: incident.id,
      happenedAt: now,
      kind: "state_changed",
      ...sealedEventSummary(transition.summary),
      recordedById: person,
      recordedAt: now,
    },
  });
  await appendAudit(
    tx,
    actor,
    {
      action: "incident.state_change",
      organizationId: incident.organizationId,
      incidentId: incident.id,
      detail: { reference: incident.reference, from: incident.state, to, version: nextVersion },
    },
    now,
  );
}
