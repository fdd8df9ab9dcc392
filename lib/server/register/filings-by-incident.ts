/**
 * The filings the register's timeliness rests on (kind, time, authority), for many incidents at once. In SQL with
 * the incidents' ids as one parameter: the register judges every incident of a practice on each page, and Prisma
 * loading the filings as a relation bound a thousand ids, one placeholder each: 38 to 41 ms for a practice's
 * thousand incidents on PostgreSQL, this 14 to 16 (bench/pages.bench.ts).
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { rawDate, sqlParameters } from "@/lib/db/sql-parameters";

export interface JudgedFiling {
  kind: string;
  filedAt: Date;
  authority: string;
}

export async function filingsByIncident(
  db: Pick<Db, "$queryRawUnsafe">,
  provider: DatabaseProvider,
  incidentIds: readonly string[],
): Promise<Map<string, JudgedFiling[]>> {
  const byIncident = new Map<string, JudgedFiling[]>();
  if (incidentIds.length === 0) return byIncident;
  const { values, isAnyOf } = sqlParameters(provider);
  const rows = await db.$queryRawUnsafe<Array<JudgedFiling & { incidentId: string; filedAt: Date | string }>>(
    `SELECT "incidentId", "kind", "filedAt", "authority" FROM "Filing" WHERE ${isAnyOf(`"incidentId"`, incidentIds)}`,
    ...values,
  );
  for (const { incidentId, filedAt, ...filing } of rows) {
    let filings = byIncident.get(incidentId);
    if (!filings) byIncident.set(incidentId, (filings = []));
    filings.push({ ...filing, filedAt: rawDate(filedAt) });
  }
  return byIncident;
}
