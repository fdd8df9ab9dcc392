import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import type { Tx } from "@/lib/server/transaction";
import { incidentColumns, sealedSnapshot, type IncidentValues } from "@/lib/server/incidents/incident-values";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

/** A new incident: where, who and in which state, with its values (those left out start empty). */
export type NewIncident = { organizationId: string; state: string; createdById: string } & Pick<
  IncidentValues,
  "title" | "description" | "awareAt" | "timeZone" | "facts" | "regimes"
> &
  Partial<IncidentValues>;

/** BD-2026-0007: the organisation's running number for the year awareness fell in. */
export async function nextReference(tx: Tx, organizationId: string, awareAt: Date): Promise<string> {
  const year = awareAt.getUTCFullYear();
  const prefix = `BD-${year}-`;
  const last = await tx.incident.findFirst({
    where: { organizationId, reference: { startsWith: prefix } },
    orderBy: { reference: "desc" },
    select: { reference: true },
  });
  // A discarded draft's row is gone but its reference stays in the audit trail: never hand it out again.
  const discarded = await tx.auditEntry.findMany({ where: { organizationId, action: "incident.draft_discard" }, select: { detail: true } });
  const numbers = [last?.reference, ...discarded.map((entry) => referenceIn(entry.detail))]
    .filter((reference): reference is string => typeof reference === "string" && reference.startsWith(prefix))
    .map((reference) => Number(reference.slice(prefix.length)))
    .filter(Number.isFinite);
  const number = Math.max(0, ...numbers) + 1;
  return `${prefix}${String(number).padStart(4, "0")}`;
}

function referenceIn(detail: string): unknown {
  try {
    return (JSON.parse(detail) as { reference?: unknown }).reference;
  } catch {
    return undefined;
  }
}

/**
 * The one place an incident row is created: free text sealed, version 1 recorded, and the first timeline
 * events added. Callers authorise and audit; this only keeps the row's invariants. It answers the row's
 * record and the values written, so the caller need not read back what it has just written.
 */
export async function insertIncident(tx: Tx, incident: NewIncident, now: Date) {
  const { organizationId, state, createdById, ...given } = incident;
  const values: IncidentValues = {
    ...given,
    occurredAt: given.occurredAt ?? null,
    discoveredAt: given.discoveredAt ?? null,
    discoveryMethod: given.discoveryMethod ?? null,
    awarenessDelayReason: given.awarenessDelayReason ?? null,
    containment: given.containment ?? null,
    ongoing: given.ongoing ?? null,
    containedAt: given.containedAt ?? null,
    ownerId: given.ownerId ?? createdById,
    dpoId: given.dpoId ?? null,
    assumedFacts: given.assumedFacts ?? [],
  };
  const reference = await nextReference(tx, organizationId, values.awareAt);
  const id = newRowId();
  const created = await tx.incident.create({
    data: { id, organizationId, reference, state, createdById, ...incidentColumns(id, values) },
    select: { id: true, reference: true, state: true, version: true, createdById: true, createdAt: true, updatedAt: true, closedAt: true },
  });
  await refreshIncidentDeadlines(tx, [created.id]);
  await tx.incidentRevision.create({
    data: {
      incidentId: created.id,
      version: 1,
      ...sealedSnapshot(values),
      changed: JSON.stringify(["created"]),
      changedById: createdById,
      changedAt: now,
    },
  });
  const events: Array<{ kind: string; at: Date | null; summary: string }> = [
    { kind: "occurred", at: values.occurredAt, summary: "The breach began" },
    { kind: "discovered", at: values.discoveredAt, summary: "The breach was discovered" },
    { kind: "aware", at: values.awareAt, summary: "The practice became aware of the breach" },
    { kind: "contained", at: values.containedAt, summary: "The breach was contained" },
  ];
  for (const event of events) {
    if (!event.at) continue;
    const eventId = newRowId();
    await tx.incidentEvent.create({
      data: {
        id: eventId,
        incidentId: created.id,
        happenedAt: event.at,
        kind: event.kind,
        summary: seal(event.summary, at("incidentEvent", "summary", eventId)),
        recordedById: createdById,
        recordedAt: now,
      },
    });
  }
  return { ...created, values };
}
