import { patchFromApi } from "@/lib/server/api/incident-input";
import { withApi } from "@/lib/server/api/with-api";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";

type Params = { id: string };

export const GET = withApi<Params>(async ({ ctx, actor, params }) => getIncident(ctx, actor, { incidentId: params.id }));

/** Changes fields of the incident; `version` must be the one read (a stale one answers 409 with what changed). */
export const PATCH = withApi<Params>(async ({ ctx, actor, params, body }) => {
  const input = patchFromApi(body, params.id);
  if (!input.ok) return input;
  return updateIncident(ctx, actor, input.value);
});
