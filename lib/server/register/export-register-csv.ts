import type { Locale } from "@/lib/i18n/locales";
import { registerQuerySchema, type RegisterQuery, type RegisterQueryInput } from "@/lib/schemas/register";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { parseInput } from "@/lib/server/parse-input";
import { ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { registerCsv } from "./register-csv";
import { loadRegister } from "./query-register";

export interface RegisterCsvFile {
  fileName: string;
  contentType: "text/csv; charset=utf-8";
  body: string;
  rows: number;
}

export interface RegisterCsvOptions {
  /** The reader's language (the page's export); English, with ",", when not given (the API, the CLI). */
  locale?: Locale;
}

/** The entry for filters nobody parsed yet (the page's export link, the CLI, tests): parsed here, once. */
export async function exportRegisterCsv(
  ctx: ServiceContext,
  actor: Actor,
  input: RegisterQueryInput = {},
  options: RegisterCsvOptions = {},
): Promise<ServiceResult<RegisterCsvFile>> {
  const parsed = parseInput(registerQuerySchema, input, ctx.now());
  return parsed.ok ? exportRegisterCsvParsed(ctx, actor, parsed.value, options) : parsed;
}

/** The register as a CSV file for Excel and for the authority; the export is audited ("register.export"). */
export async function exportRegisterCsvParsed(
  ctx: ServiceContext,
  actor: Actor,
  query: RegisterQuery,
  options: RegisterCsvOptions = {},
): Promise<ServiceResult<RegisterCsvFile>> {
  const loaded = await loadRegister(ctx, actor, query);
  if (!loaded.ok) return loaded;
  const { rows, filters, organizationId } = loaded.value;
  const now = ctx.now();
  await writeTransaction(ctx.db, ctx.provider, (tx) =>
    appendAudit(tx, actor, { action: "register.export", organizationId, detail: { filters, rows: rows.length, format: "csv" } }, now),
  );
  const date = now.toISOString().slice(0, 10);
  return ok({
    fileName: `breach-register-${filters.organization ?? "all"}-${date}.csv`,
    contentType: "text/csv; charset=utf-8",
    body: registerCsv(rows, options.locale),
    rows: rows.length,
  });
}
