import { withApi } from "@/lib/server/api/with-api";
import { getIncidentDeadlines } from "@/lib/server/deadlines/get-incident-deadlines";

/** The deadlines of the incident's regimes, with where each stands now. */
export const GET = withApi<{ id: string }>(async ({ ctx, actor, params }) => getIncidentDeadlines(ctx, actor, { incidentId: params.id }));
