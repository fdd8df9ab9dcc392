import type { BreachFactsDraft } from "@/lib/schemas/incident";
import type { IncidentState } from "@/lib/schemas/incident-work";
import { at, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { breachFactsSchema } from "@/lib/schemas/breach-facts";

/** An incident as the UI and the API see it: decrypted, instants as ISO 8601 strings, never a raw row. */
export interface IncidentDto {
  id: string;
  reference: string;
  organization: { id: string; slug: string; name: string };
  title: string;
  description: string;
  occurredAt: string | null;
  discoveredAt: string | null;
  awareAt: string;
  timeZone: string;
  discoveryMethod: string | null;
  awarenessDelayReason: string | null;
  containment: string | null;
  ongoing: boolean | null;
  containedAt: string | null;
  facts: BreachFactsDraft;
  /** True when the facts pass the strict schema (needed to report and to assess). */
  factsComplete: boolean;
  /** Answers sent at the intake's cautious default and not confirmed since ("facts.encryption", "awareAt"). */
  assumedFacts: string[];
  regimes: string[];
  state: IncidentState;
  version: number;
  ownerId: string | null;
  dpoId: string | null;
  createdById: string;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

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

export interface IncidentRow {
  id: string;
  reference: string;
  organizationId: string;
  organization: { id: string; slug: string; name: string };
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
  facts: string;
  assumedFacts: string;
  regimes: string;
  state: string;
  version: number;
  ownerId: string | null;
  dpoId: string | null;
  createdById: string;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

const iso = (value: Date | null) => (value ? value.toISOString() : null);

export function parseFacts(json: string): BreachFactsDraft {
  return JSON.parse(json) as BreachFactsDraft;
}

export function toIncidentDto(row: IncidentRow): IncidentDto {
  const facts = parseFacts(row.facts);
  return {
    id: row.id,
    reference: row.reference,
    organization: row.organization,
    title: incidentTitle(row),
    description: unseal(row.description, at("incident", "description", row.id)),
    occurredAt: iso(row.occurredAt),
    discoveredAt: iso(row.discoveredAt),
    awareAt: row.awareAt.toISOString(),
    timeZone: row.timeZone,
    discoveryMethod: unsealOptional(row.discoveryMethod, at("incident", "discoveryMethod", row.id)),
    awarenessDelayReason: unsealOptional(row.awarenessDelayReason, at("incident", "awarenessDelayReason", row.id)),
    containment: unsealOptional(row.containment, at("incident", "containment", row.id)),
    ongoing: row.ongoing,
    containedAt: iso(row.containedAt),
    facts,
    factsComplete: breachFactsSchema.safeParse(facts).success,
    assumedFacts: JSON.parse(row.assumedFacts) as string[],
    regimes: JSON.parse(row.regimes) as string[],
    state: row.state as IncidentState,
    version: row.version,
    ownerId: row.ownerId,
    dpoId: row.dpoId,
    createdById: row.createdById,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    closedAt: iso(row.closedAt),
  };
}
