import { z } from "zod";
import { breachFactsDraftSchema } from "../incident";
import { INCIDENT_STATES } from "../incident-work";

/*
 * An incident as the UI and the API see it (docs/INTERFACES.md section 2): decrypted, instants as ISO 8601
 * strings, never a raw row. The type the services return and the OpenAPI document's "Incident" both come
 * from this schema (lib/server/api/openapi-schemas.ts), so they cannot drift apart. Answers live under
 * answers/: they describe what the server says, so the input rules of lib/schemas (text rules, strictness)
 * do not apply to them.
 */

const instant = z.string().meta({ format: "date-time" });

export const incidentDtoSchema = z.object({
  id: z.string(),
  reference: z.string().meta({ examples: ["BD-2026-0001"] }),
  organization: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  title: z.string(),
  description: z.string(),
  occurredAt: instant.nullable(),
  discoveredAt: instant.nullable(),
  awareAt: instant,
  timeZone: z.string().meta({ examples: ["Europe/Paris"] }),
  discoveryMethod: z.string().nullable(),
  awarenessDelayReason: z.string().nullable(),
  containment: z.string().nullable(),
  ongoing: z.boolean().nullable().meta({ description: "null: not known yet" }),
  containedAt: instant.nullable(),
  facts: breachFactsDraftSchema,
  factsComplete: z.boolean().meta({ description: "True when the facts are complete (needed to report and to assess)." }),
  assumedFacts: z.array(z.string()).meta({
    description:
      "Answers sent at the intake's pre-filled cautious default and not confirmed since " +
      '("facts.encryption", "awareAt"): assumptions, not stated facts. ' +
      "An answer leaves the list when it is changed or named in a PATCH's `confirmedFacts`. " +
      "Empty for incidents created without `assumedFacts`.",
  }),
  regimes: z.array(z.string()),
  state: z.enum(INCIDENT_STATES),
  version: z.number().int().min(1),
  ownerId: z.string().nullable(),
  dpoId: z.string().nullable(),
  createdById: z.string(),
  createdAt: instant,
  updatedAt: instant,
  closedAt: instant.nullable(),
});
export type IncidentDto = z.output<typeof incidentDtoSchema>;

/** A line of the incident list: the title is the one encrypted value decrypted for it. */
export const incidentSummaryDtoSchema = z.object({
  id: z.string(),
  reference: z.string(),
  organization: z.object({ slug: z.string(), name: z.string() }),
  title: z.string(),
  state: z.enum(INCIDENT_STATES),
  awareAt: instant,
  timeZone: z.string(),
  ongoing: z.boolean().nullable(),
  version: z.number().int(),
  ownerId: z.string().nullable(),
  updatedAt: instant,
});

export const incidentPageSchema = z.object({
  items: z.array(incidentSummaryDtoSchema),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  searchCapped: z
    .number()
    .int()
    .optional()
    .meta({ description: "Set when a search read only the newest incidents of those the person sees: how many it read." }),
});
export type IncidentPage = z.output<typeof incidentPageSchema>;
