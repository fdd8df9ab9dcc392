import { queryInput } from "@/lib/server/api/query-params";
import { fileResponse } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { exportRegisterCsv } from "@/lib/server/register/export-register-csv";
import { queryRegister } from "@/lib/server/register/query-register";
import { wantsCsv } from "@/lib/server/api/register-format";

/**
 * The Art. 33(5) register as JSON, or as a CSV file with `Accept: text/csv` or `?format=csv`.
 * Filters: ?organization, ?state (repeatable), ?year, ?notified, ?timeliness.
 */
export const GET = withApi(async ({ ctx, actor, request, url }) => {
  const format = wantsCsv(request, url);
  if (!format.ok) return format;
  const query = queryInput(url, {
    text: ["organization", "timeliness"],
    lists: ["state"],
    numbers: ["year"],
    booleans: ["notified"],
    ignore: ["format"],
  });
  if (!query.ok) return query;
  if (!format.value) return queryRegister(ctx, actor, query.value);
  const file = await exportRegisterCsv(ctx, actor, query.value);
  return file.ok ? fileResponse(file.value.body, file.value.contentType, file.value.fileName) : file;
});
