import { intakeFromApi } from "@/lib/server/api/incident-input";
import { queryInput } from "@/lib/server/api/query-params";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { listIncidents } from "@/lib/server/incidents/list-incidents";

/** The incidents the token's person can see: ?organization, ?state (repeatable), ?search, ?page, ?pageSize. */
export const GET = withApi(async ({ ctx, actor, url }) => {
  const query = queryInput(url, { text: ["organization", "search"], lists: ["state"], numbers: ["page", "pageSize"] });
  if (!query.ok) return query;
  return listIncidents(ctx, actor, query.value);
});

/** Logs an incident: reported by default, a draft with "submit": false. 201 with its Location. */
export const POST = withApi(async ({ ctx, actor, body }) => {
  const input = intakeFromApi(body);
  if (!input.ok) return input;
  const result = await createIncident(ctx, actor, input.value);
  return result.ok ? created(result.value, `/api/v1/incidents/${encodeURIComponent(result.value.id)}`) : result;
});
