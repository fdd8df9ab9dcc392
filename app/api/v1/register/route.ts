import { registerQuerySchema, type RegisterQuery } from "@/lib/schemas/register";
import { fileResponse } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { exportRegisterCsvParsed } from "@/lib/server/register/export-register-csv";
import { queryRegisterParsed } from "@/lib/server/register/query-register";
import { wantsCsv } from "@/lib/server/api/register-format";

/**
 * The Art. 33(5) register as JSON, or as a CSV file with `Accept: text/csv` or `?format=csv`.
 * Filters: ?organization, ?state (repeatable), ?year, ?notified, ?timeliness.
 */
export const GET = withApi<Record<string, never>, unknown, RegisterQuery>(
  async ({ ctx, actor, request, url, query }) => {
    const format = wantsCsv(request, url);
    if (!format.ok) return format;
    if (!format.value) return queryRegisterParsed(ctx, actor, query);
    const file = await exportRegisterCsvParsed(ctx, actor, query);
    return file.ok ? fileResponse(file.value.body, file.value.contentType, file.value.fileName) : file;
  },
  {
    query: {
      spec: { text: ["organization", "timeliness"], lists: ["state"], numbers: ["year"], booleans: ["notified"], ignore: ["format"] },
      schema: registerQuerySchema,
    },
  },
);
