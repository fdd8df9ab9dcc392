import { incidentIntakeSchema, type IncidentIntake } from "@/lib/schemas/incident";
import { incidentListSchema, type IncidentList } from "@/lib/schemas/incident-work";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { createIncidentParsed } from "@/lib/server/incidents/create-incident";
import { listIncidentsParsed } from "@/lib/server/incidents/list-incidents";

/** The incidents the token's person can see: ?organization, ?state (repeatable), ?search, ?page, ?pageSize. */
export const GET = withApi<Record<string, never>, unknown, IncidentList>(
  async ({ ctx, actor, query }) => listIncidentsParsed(ctx, actor, query),
  {
    query: { spec: { text: ["organization", "search"], lists: ["state"], numbers: ["page", "pageSize"] }, schema: incidentListSchema },
  },
);

/**
 * Logs an incident. Integrations send what they know: without `submit` it is reported, so its facts must be
 * complete (docs/INTERFACES.md section 3); `"submit": false` saves a draft. 201 with its Location.
 */
export const POST = withApi<Record<string, never>, IncidentIntake>(
  async ({ ctx, actor, body }) => {
    const result = await createIncidentParsed(ctx, actor, body);
    return result.ok ? created(result.value, `/api/v1/incidents/${encodeURIComponent(result.value.id)}`) : result;
  },
  { body: { schema: incidentIntakeSchema, defaults: { submit: true } } },
);
