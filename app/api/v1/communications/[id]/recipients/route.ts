import { withApi } from "@/lib/server/api/with-api";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { listRecipientsParsed } from "@/lib/server/communications/list-recipients";
import { RECIPIENTS_CSV_MAX_BYTES, recipientListSchema, type RecipientList } from "@/lib/schemas/communication";
import { invalid } from "@/lib/server/result";

type Params = { id: string };

/** One page of the people: ?page, ?pageSize (at most 200), ?status. */
export const GET = withApi<Params, unknown, RecipientList>(async ({ ctx, actor, query }) => listRecipientsParsed(ctx, actor, query), {
  query: {
    spec: { text: ["status"], numbers: ["page", "pageSize"] },
    schema: recipientListSchema,
    fromPath: (params) => ({ communicationId: params.id }),
  },
});

/**
 * Adds people from CSV, sent as text/csv (or JSON { "csv": "..." }). Answers what was kept, merged and
 * rejected, each rejected line with its number and reason.
 */
export const POST = withApi<Params>(
  async ({ ctx, actor, params, request }) => {
    const declared = Number(request.headers.get("content-length") ?? "0");
    if (declared > RECIPIENTS_CSV_MAX_BYTES)
      return invalid([{ field: "csv", problem: `must be at most ${RECIPIENTS_CSV_MAX_BYTES} bytes` }]);
    const text = await request.text();
    const contentType = request.headers.get("content-type") ?? "";
    let csv = text;
    if (/json/i.test(contentType)) {
      try {
        const parsed = JSON.parse(text) as { csv?: unknown };
        if (typeof parsed.csv !== "string") return invalid([{ field: "csv", problem: "is required: the CSV text" }]);
        csv = parsed.csv;
      } catch {
        return invalid([{ field: "body", problem: "is not valid JSON" }]);
      }
    }
    return importRecipientsCsv(ctx, actor, { communicationId: params.id, csv });
  },
  { body: "raw" },
);
