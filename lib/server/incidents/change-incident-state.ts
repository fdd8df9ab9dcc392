import { toFieldErrors } from "@/lib/schemas/field-errors";
import { stateChangeSchema, type StateChangeInput } from "@/lib/schemas/incident-work";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { sealedEventSummary } from "@/lib/server/incidents/timeline/sealed-event-summary";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { staleVersion } from "@/lib/server/incidents/incident-conflict";
import { incidentDtoSelect, toIncidentDto, type IncidentDto } from "@/lib/server/incidents/incident-dto";
import { findTransition, nextStates } from "@/lib/server/incidents/incident-states";
import { sealedSnapshot, valuesOf } from "@/lib/server/incidents/incident-values";
import { changedBy } from "@/lib/server/incidents/permissions";
import { preconditionProblems } from "@/lib/server/incidents/state-preconditions";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { incidentRecords } from "@/lib/server/deadlines/get-incident-deadlines";
import { openDeadlines } from "@/lib/server/deadlines/incident-obligations";

/**
 * Moves an incident along its life (see incident-states.ts). Each move is a new version, a timeline
 * event naming who and when, and an audit entry, in one transaction.
 */
export async function changeIncidentState(ctx: ServiceContext, actor: Actor, input: StateChangeInput): Promise<ServiceResult<IncidentDto>> {
  const parsed = stateChangeSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { incidentId, to, version, note } = parsed.data;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, incidentId, "read");
    if (!found.ok) return found;
    const row = found.value;
    const current = toIncidentDto(row);
    const transition = findTransition(row.state, to);
    if (!transition) {
      const allowed = nextStates(row.state);
      return invalid([
        { field: "to", problem: `cannot go from ${row.state} to ${to}${allowed.length ? ` (possible: ${allowed.join(", ")})` : ""}` },
      ]);
    }
    if (actor.kind !== "user" || !hasRole(actor, row.organizationId, ...transition.roles)) {
      return forbidden(`Only the ${transition.roles.join(" or the ")} can move an incident from ${row.state} to ${to}.`);
    }
    if (version !== undefined && version !== row.version) return staleVersion(tx, actor, now, current, version);
    const problems = await preconditionProblems(tx, current, to);
    if (problems.length > 0) return invalid(problems);
    // Closing stops every clock on the dashboard: with an obligation still open, that is a decision someone
    // must explain (kept on the timeline), never a click that makes the work look done.
    const stillOpen =
      to === "closed" ? [...new Set(openDeadlines(await incidentRecords(tx, row)).map((deadline) => deadline.obligation))] : [];
    if (stillOpen.length > 0 && !note) {
      return invalid([
        { field: "note", problem: `is required to close the incident while obligations are still open (${stillOpen.join(", ")})` },
      ]);
    }

    const nextVersion = row.version + 1;
    const saved = await tx.incident.updateMany({
      where: { id: row.id, version: row.version },
      data: { state: to, version: nextVersion, closedAt: to === "closed" ? now : null, updatedAt: now },
    });
    if (saved.count !== 1) return staleVersion(tx, actor, now, current, row.version);
    await refreshIncidentDeadlines(tx, [row.id]);
    const person = changedBy(actor);
    await tx.incidentRevision.create({
      data: {
        incidentId: row.id,
        version: nextVersion,
        ...sealedSnapshot(valuesOf(current)),
        changed: JSON.stringify(["state"]),
        changedById: person,
        changedAt: now,
      },
    });
    await tx.incidentEvent.create({
      data: {
        incidentId: row.id,
        happenedAt: now,
        kind: "state_changed",
        ...sealedEventSummary(note ? `${transition.summary}: ${note}` : transition.summary),
        recordedById: person,
        recordedAt: now,
      },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.state_change",
        organizationId: row.organizationId,
        incidentId: row.id,
        detail: {
          reference: row.reference,
          from: row.state,
          to,
          version: nextVersion,
          ...(stillOpen.length ? { closedWithOpenObligations: stillOpen } : {}),
        },
      },
      now,
    );
    return ok(toIncidentDto(await tx.incident.findUniqueOrThrow({ where: { id: row.id }, select: incidentDtoSelect })));
  });
}
