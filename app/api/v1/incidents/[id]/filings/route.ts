import { recordFiling } from "@/lib/server/filings/record-filing";
import { listFilings } from "@/lib/server/filings/list-filings";
import { isJsonObject } from "@/lib/server/api/json-object";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";

/** Filings with the supervisory authority, each with the exact content sent. */
export const GET = withApi<{ id: string }>(async ({ ctx, actor, params }) => listFilings(ctx, actor, { incidentId: params.id }));

/** Records a filing (initial, follow_up or complete); after the deadline `lateReason` is required. */
export const POST = withApi<{ id: string }>(async ({ ctx, actor, params, body }) => {
  const input = { ...(isJsonObject(body) ? body : {}), incidentId: params.id };
  delete (input as { receipt?: unknown }).receipt; // receipts are files: upload them on the incident page
  const result = await recordFiling(ctx, actor, input as never);
  return result.ok ? created(result.value, `/api/v1/incidents/${params.id}/filings`) : result;
});
