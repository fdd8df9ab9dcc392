import { incidentPatchSchema, type IncidentPatch } from "@/lib/schemas/incident";
import { withApi } from "@/lib/server/api/with-api";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncidentParsed } from "@/lib/server/incidents/update-incident";

type Params = { id: string };

export const GET = withApi<Params>(async ({ ctx, actor, params }) => getIncident(ctx, actor, { incidentId: params.id }));

/** Changes fields of the incident; `version` must be the one read (a stale one answers 409 with what changed). */
export const PATCH = withApi<Params, IncidentPatch>(async ({ ctx, actor, body }) => updateIncidentParsed(ctx, actor, body), {
  // The id is the URL's, whatever the body says.
  body: { schema: incidentPatchSchema, fromPath: (params) => ({ incidentId: params.id }) },
});
