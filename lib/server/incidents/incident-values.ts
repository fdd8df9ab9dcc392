import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";

/*
 * The editable part of an incident as plain values: what a revision snapshots, what an update compares,
 * and what the audit trail describes (without the plaintext of the encrypted fields).
 */
export interface IncidentValues {
  title: string;
  description: string;
  occurredAt: Date | null;
  discoveredAt: Date | null;
  awareAt: Date;
  timeZone: string;
  discoveryMethod: string | null;
  awarenessDelayReason: string | null;
  containment: string | null;
  ongoing: boolean | null;
  containedAt: Date | null;
  facts: BreachFactsDraft;
  regimes: string[];
  ownerId: string | null;
  dpoId: string | null;
  /** Answers still at the intake's cautious default, unconfirmed (lib/schemas/assumed-facts.ts). */
  assumedFacts: string[];
}
export type EditableField = keyof IncidentValues;

export const EDITABLE_FIELDS: readonly EditableField[] = [
  "title",
  "description",
  "occurredAt",
  "discoveredAt",
  "awareAt",
  "timeZone",
  "discoveryMethod",
  "awarenessDelayReason",
  "containment",
  "ongoing",
  "containedAt",
  "facts",
  "regimes",
  "ownerId",
  "dpoId",
  "assumedFacts",
];

/** Encrypted at rest: their plaintext never goes into the audit trail, only the fact that they changed. */
export const SEALED_FIELDS: ReadonlySet<EditableField> = new Set([
  "title",
  "description",
  "discoveryMethod",
  "awarenessDelayReason",
  "containment",
]);

const date = (value: string | null) => (value ? new Date(value) : null);

export function valuesOf(dto: IncidentDto): IncidentValues {
  return {
    title: dto.title,
    description: dto.description,
    occurredAt: date(dto.occurredAt),
    discoveredAt: date(dto.discoveredAt),
    awareAt: new Date(dto.awareAt),
    timeZone: dto.timeZone,
    discoveryMethod: dto.discoveryMethod,
    awarenessDelayReason: dto.awarenessDelayReason,
    containment: dto.containment,
    ongoing: dto.ongoing,
    containedAt: date(dto.containedAt),
    facts: dto.facts,
    regimes: dto.regimes,
    ownerId: dto.ownerId,
    dpoId: dto.dpoId,
    assumedFacts: dto.assumedFacts,
  };
}

/** JSON with sorted keys, so {a, b} and {b, a} compare equal. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === "object" && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)))
      : inner,
  );
}

function plain(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/** Equal as stored: dates by instant, objects whatever their key order. */
export function sameValue(a: unknown, b: unknown): boolean {
  return canonical(plain(a)) === canonical(plain(b));
}

export function changedFields(before: IncidentValues, after: IncidentValues): EditableField[] {
  return EDITABLE_FIELDS.filter((field) => !sameValue(before[field], after[field]));
}

/** The audit detail of a change: before and after for plain fields, "changed" for encrypted ones. */
export function auditChanges(before: IncidentValues, after: IncidentValues, fields: readonly EditableField[]) {
  return Object.fromEntries(
    fields.map((field) => [field, SEALED_FIELDS.has(field) ? "changed" : { before: plain(before[field]), after: plain(after[field]) }]),
  );
}

/**
 * A new revision's id and snapshot (every editable field, encrypted as a whole since it holds the free
 * text, bound to that id), to spread into its row. `extra` adds what a change outside these fields saved
 * (the notification details), so the revision shows it too.
 */
export function sealedSnapshot(values: IncidentValues, extra: Record<string, unknown> = {}): { id: string; snapshot: string } {
  const id = newRowId();
  const json = JSON.stringify({ ...Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, plain(values[field])])), ...extra });
  return { id, snapshot: seal(json, at("incidentRevision", "snapshot", id)) };
}
