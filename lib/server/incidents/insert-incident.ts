import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal, sealOptional } from "@/lib/server/crypto/sealed-text";
import type { Tx } from "@/lib/server/transaction";
import { sealedSnapshot } from "@/lib/server/incidents/incident-values";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

export interface NewIncident {
  organizationId: string;
  title: string;
  description: string;
  occurredAt: Date | null;
  discoveredAt: Date | null;
  awareAt: Date;
  timeZone: string;
  /** Complete once reported; a draft may hold only part of them. */
  facts: BreachFactsDraft;
  /** The answers sent untouched at their cautious default (already checked to be given). */
  assumedFacts?: string[];
  regimes: string[];
  state: string;
  createdById: string;
  ownerId?: string | null;
  dpoId?: string | null;
  discoveryMethod?: string | null;
  awarenessDelayReason?: string | null;
  containment?: string | null;
  ongoing?: boolean | null;
  containedAt?: Date | null;
}

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
 * The one place an incident row is written: free text sealed, version 1 recorded, and the first
 * timeline events added. Callers authorise and audit; this only keeps the row's invariants.
 */
export async function insertIncident(tx: Tx, incident: NewIncident, now: Date) {
  const reference = await nextReference(tx, incident.organizationId, incident.awareAt);
  const id = newRowId();
  const created = await tx.incident.create({
    data: {
      id,
      organizationId: incident.organizationId,
      reference,
      title: seal(incident.title, at("incident", "title", id)),
      description: seal(incident.description, at("incident", "description", id)),
      occurredAt: incident.occurredAt,
      discoveredAt: incident.discoveredAt,
      awareAt: incident.awareAt,
      timeZone: incident.timeZone,
      facts: JSON.stringify(incident.facts),
      assumedFacts: JSON.stringify(incident.assumedFacts ?? []),
      regimes: JSON.stringify(incident.regimes),
      state: incident.state,
      createdById: incident.createdById,
      ownerId: incident.ownerId ?? incident.createdById,
      dpoId: incident.dpoId ?? null,
      discoveryMethod: sealOptional(incident.discoveryMethod, at("incident", "discoveryMethod", id)),
      awarenessDelayReason: sealOptional(incident.awarenessDelayReason, at("incident", "awarenessDelayReason", id)),
      containment: sealOptional(incident.containment, at("incident", "containment", id)),
      ongoing: incident.ongoing ?? null,
      containedAt: incident.containedAt ?? null,
    },
  });
  await refreshIncidentDeadlines(tx, [created.id]);
  await tx.incidentRevision.create({
    data: {
      incidentId: created.id,
      version: 1,
      ...sealedSnapshot({
        title: incident.title,
        description: incident.description,
        occurredAt: incident.occurredAt,
        discoveredAt: incident.discoveredAt,
        awareAt: incident.awareAt,
        timeZone: incident.timeZone,
        discoveryMethod: incident.discoveryMethod ?? null,
        awarenessDelayReason: incident.awarenessDelayReason ?? null,
        containment: incident.containment ?? null,
        ongoing: incident.ongoing ?? null,
        containedAt: incident.containedAt ?? null,
        facts: incident.facts,
        regimes: incident.regimes,
        ownerId: created.ownerId,
        dpoId: created.dpoId,
        assumedFacts: incident.assumedFacts ?? [],
      }),
      changed: JSON.stringify(["created"]),
      changedById: incident.createdById,
      changedAt: now,
    },
  });
  const events: Array<{ kind: string; at: Date | null; summary: string }> = [
    { kind: "occurred", at: incident.occurredAt, summary: "The breach began" },
    { kind: "discovered", at: incident.discoveredAt, summary: "The breach was discovered" },
    { kind: "aware", at: incident.awareAt, summary: "The practice became aware of the breach" },
    { kind: "contained", at: incident.containedAt ?? null, summary: "The breach was contained" },
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
        recordedById: incident.createdById,
        recordedAt: now,
      },
    });
  }
  return created;
}
