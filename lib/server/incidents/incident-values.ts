import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal, sealOptional } from "@/lib/server/crypto/sealed-text";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { EDITABLE_FIELDS, type EditableField } from "@/lib/schemas/incident-fields";
import { ENCRYPTED_COLUMNS } from "@/lib/server/crypto/encrypted-columns";

/*
 * The editable part of an incident as plain values: what a revision snapshots, what an update compares,
 * and what the audit trail describes (without the plaintext of the encrypted fields): the DTO's editable
 * fields (lib/schemas/answers/incident-dto.ts), instants as dates.
 */
type Instant = "occurredAt" | "discoveredAt" | "awareAt" | "containedAt";
type AsDate<T> = T extends string ? Date : T;
export type IncidentValues = { [Field in EditableField]: Field extends Instant ? AsDate<IncidentDto[Field]> : IncidentDto[Field] };
export { EDITABLE_FIELDS, type EditableField };

type SealedField = EditableField & (typeof ENCRYPTED_COLUMNS)["incident"][number];
const isSealed = (field: EditableField): field is SealedField => (ENCRYPTED_COLUMNS.incident as readonly string[]).includes(field);
/** Encrypted at rest (encrypted-columns.ts): their plaintext never goes into the audit trail, only the fact that they changed. */
export const SEALED_FIELDS: ReadonlySet<EditableField> = new Set(EDITABLE_FIELDS.filter(isSealed));

/** Stored as JSON text. */
const JSON_FIELDS: ReadonlySet<EditableField> = new Set(["facts", "regimes", "assumedFacts"]);

/**
 * The values as the incident row stores them: free text sealed under the row's id, lists and facts as JSON.
 * The one map from values to columns: an insert and an update write the same columns the same way.
 */
export function incidentColumns(id: string, values: IncidentValues) {
  const column = (field: EditableField): unknown => {
    const value = values[field];
    if (isSealed(field)) return sealOptional(value as string | null, at("incident", field, id));
    return JSON_FIELDS.has(field) ? JSON.stringify(value) : value;
  };
  return Object.fromEntries(EDITABLE_FIELDS.map((field) => [field, column(field)])) as {
    [Field in EditableField]: Field extends "facts" | "regimes" | "assumedFacts" ? string : IncidentValues[Field];
  };
}

const date = (value: string | null) => (value ? new Date(value) : null);

const INSTANTS: ReadonlySet<EditableField> = new Set<Instant>(["occurredAt", "discoveredAt", "awareAt", "containedAt"]);

export function valuesOf(dto: IncidentDto): IncidentValues {
  return Object.fromEntries(
    EDITABLE_FIELDS.map((field) => [field, INSTANTS.has(field) ? date(dto[field] as string | null) : dto[field]]),
  ) as IncidentValues;
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
