import { filingCreateSchema, type FilingCreate } from "@/lib/schemas/filing";
import { recordFilingParsed } from "@/lib/server/filings/record-filing";
import { listFilings } from "@/lib/server/filings/list-filings";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";

/** Filings with the supervisory authority, each with the exact content sent. */
export const GET = withApi<{ id: string }>(async ({ ctx, actor, params }) => listFilings(ctx, actor, { incidentId: params.id }));

/** Records a filing (initial, follow_up or complete); after the deadline `lateReason` is required. */
export const POST = withApi<{ id: string }, FilingCreate>(
  async ({ ctx, actor, params, body }) => {
    const result = await recordFilingParsed(ctx, actor, body);
    return result.ok ? created(result.value, `/api/v1/incidents/${params.id}/filings`) : result;
  },
  // Receipts are files: they are uploaded on the incident page, never taken from JSON.
  { body: { schema: filingCreateSchema, fromPath: (params) => ({ incidentId: params.id, receipt: undefined }) } },
);
