import type { Prisma } from "@/lib/db/client";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { incidentDtoSchema, type IncidentDto } from "@/lib/schemas/answers/incident-dto";
import type { IncidentState } from "@/lib/schemas/incident-work";
import { at, unsealOptional } from "@/lib/server/crypto/sealed-text";
import type { IncidentValues } from "@/lib/server/incidents/incident-values";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { breachFactsSchema } from "@/lib/schemas/breach-facts";

export type { IncidentDto };

/** The columns an IncidentDto is made of: selected explicitly so a new sensitive column is never leaked by default. */
export const incidentDtoSelect = {
  id: true,
  reference: true,
  organizationId: true,
  organization: { select: { id: true, slug: true, name: true } },
  title: true,
  description: true,
  occurredAt: true,
  discoveredAt: true,
  awareAt: true,
  timeZone: true,
  discoveryMethod: true,
  awarenessDelayReason: true,
  containment: true,
  ongoing: true,
  containedAt: true,
  facts: true,
  assumedFacts: true,
  regimes: true,
  state: true,
  version: true,
  ownerId: true,
  dpoId: true,
  createdById: true,
  createdAt: true,
  updatedAt: true,
  closedAt: true,
} as const;

/** An incident row as every incident service reads it: Prisma's type of `incidentDtoSelect`. */
export type IncidentRow = Prisma.IncidentGetPayload<{ select: typeof incidentDtoSelect }>;

const DTO_KEYS = Object.keys(incidentDtoSchema.shape) as Array<keyof IncidentDto>;
const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function parseFacts(json: string): BreachFactsDraft {
  return JSON.parse(json) as BreachFactsDraft;
}

/** The stored values of a row, decrypted (rule 6 of docs/ARCHITECTURE.md): the editable part of its DTO. */
export function valuesOfRow(row: IncidentRow): IncidentValues {
  const sealed = (field: "description" | "discoveryMethod" | "awarenessDelayReason" | "containment") =>
    unsealOptional(row[field], at("incident", field, row.id));
  return {
    title: incidentTitle(row),
    description: sealed("description") ?? "",
    occurredAt: row.occurredAt,
    discoveredAt: row.discoveredAt,
    awareAt: row.awareAt,
    timeZone: row.timeZone,
    discoveryMethod: sealed("discoveryMethod"),
    awarenessDelayReason: sealed("awarenessDelayReason"),
    containment: sealed("containment"),
    ongoing: row.ongoing,
    containedAt: row.containedAt,
    facts: parseFacts(row.facts),
    regimes: JSON.parse(row.regimes) as string[],
    ownerId: row.ownerId,
    dpoId: row.dpoId,
    assumedFacts: JSON.parse(row.assumedFacts) as string[],
  };
}

/** What an incident has besides its editable values: who, where, which version, and when. */
type IncidentRecord = Pick<IncidentRow, "id" | "reference" | "version" | "createdById" | "createdAt" | "updatedAt" | "closedAt"> & {
  state: string;
  organization: IncidentDto["organization"];
};

/** The DTO of a record and its values: from a row read, or from what a service has just written. */
export function incidentDto(record: IncidentRecord, values: IncidentValues): IncidentDto {
  const dto: IncidentDto = {
    id: record.id,
    reference: record.reference,
    organization: { id: record.organization.id, slug: record.organization.slug, name: record.organization.name },
    ...values,
    occurredAt: iso(values.occurredAt),
    discoveredAt: iso(values.discoveredAt),
    awareAt: values.awareAt.toISOString(),
    containedAt: iso(values.containedAt),
    factsComplete: breachFactsSchema.safeParse(values.facts).success,
    state: record.state as IncidentState,
    version: record.version,
    createdById: record.createdById,
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    closedAt: iso(record.closedAt),
  };
  // In the schema's order, so the JSON reads as documented.
  return Object.fromEntries(DTO_KEYS.map((key) => [key, dto[key]])) as IncidentDto;
}

export function toIncidentDto(row: IncidentRow): IncidentDto {
  return incidentDto(row, valuesOfRow(row));
}
