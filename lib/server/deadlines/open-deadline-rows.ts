/**
 * The stored open deadlines a dashboard reads (stored-deadlines.ts), counted, ordered and cut in SQL: the counts
 * by standing and by zone, the nearest few, the calendar week's, and only then the rest of each one shown (the
 * incident's title, the legal basis, who owns it). For a DPO firm's person with a thousand practices a dashboard
 * matched 16,439 open deadlines; reading each one to count and order them in JavaScript made a third of the page's
 * time garbage collection (bench/pages.bench.ts). Written in SQL, one statement each: through Prisma the same
 * reads took three times as long. The stored rows carry their incident's reference and zone, so only the details
 * of those shown join the incidents: at a thousand practices the join was 5 of each counting read's 7 ms.
 * Tenancy by construction (ARCHITECTURE.md rule 4): every read carries the actor's organisations, or the one
 * chosen among them.
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { rawDate, sqlParameters } from "@/lib/db/sql-parameters";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

/** What every matching deadline is read with. */
export interface OpenDeadlineRow {
  incidentId: string;
  organizationId: string;
  regime: string;
  obligation: string;
  dueAt: Date;
  reference: string;
  timeZone: string;
}

/** What is read for the deadlines shown only. */
export interface OpenDeadlineDetails {
  basis: string;
  dueUnder1182At: Date | null;
  internalTarget: boolean;
  provisional: boolean;
  /** Sealed as stored (incident-title.ts opens it). */
  title: string;
  ownerId: string | null;
  dpoId: string | null;
}

interface DetailsSqlRow extends Omit<OpenDeadlineDetails, "internalTarget" | "provisional"> {
  incidentId: string;
  regime: string;
  obligation: string;
  internalTarget: boolean | number | bigint;
  provisional: boolean | number | bigint;
}

/** A bound on the due instant: `["<", now]` is overdue. */
export type DueBound = ["<" | "<=" | ">=" | ">", Date];

export interface DeadlineFilters {
  organizationId?: string;
  regime?: string;
  /** The regimes this code knows: a stored row of another is left out (rebuilt at the next start). */
  regimes: readonly string[];
  due: readonly DueBound[];
}

type Parameters = ReturnType<typeof sqlParameters>;

/** The organisation conditions of every read; null when the actor can see no organisation at all. */
function scope(actor: Actor, organizationId: string | undefined, { param, isAnyOf }: Parameters): string[] | null {
  const visible = visibleOrganizationIds(actor);
  const where: string[] = [];
  if (visible !== null) {
    if (visible.length === 0) return null;
    where.push(isAnyOf(`d."organizationId"`, visible));
  }
  if (organizationId !== undefined) where.push(`d."organizationId" = ${param(organizationId)}`);
  return where;
}

/** The WHERE clause of the matching deadlines, written after whatever placeholders come before it in the text. */
function matching(actor: Actor, filters: DeadlineFilters, parameters: Parameters, more: readonly DueBound[] = []): string | null {
  const where = scope(actor, filters.organizationId, parameters);
  if (where === null) return null;
  if (filters.regime !== undefined) where.push(`d."regime" = ${parameters.param(filters.regime)}`);
  where.push(`d."regime" IN (${filters.regimes.map((regime) => parameters.param(regime)).join(", ")})`);
  for (const [operator, at] of [...filters.due, ...more]) where.push(`d."dueAt" ${operator} ${parameters.time(at)}`);
  return ` WHERE ${where.join(" AND ")}`;
}

/** The stored rows carry their incident's reference and zone: only the details of those shown join the incident. */
const FROM = `FROM "IncidentDeadline" d`;
const FROM_WITH_INCIDENT = `FROM "IncidentDeadline" d JOIN "Incident" i ON i."id" = d."incidentId"`;

export interface DeadlinesInZone {
  timeZone: string;
  count: number;
  overdue: number;
  /** Due from now until `soonUntil`. */
  dueSoon: number;
  /** The nearest due instant among them. */
  first: Date;
}

/** How many deadlines match, by their incident's zone, with how many are overdue and due soon. */
export async function openDeadlineCounts(
  db: Db,
  provider: DatabaseProvider,
  actor: Actor,
  filters: DeadlineFilters,
  now: Date,
  soonUntil: Date,
): Promise<DeadlinesInZone[]> {
  const parameters = sqlParameters(provider);
  const overdue = `CAST(SUM(CASE WHEN d."dueAt" < ${parameters.time(now)} THEN 1 ELSE 0 END) AS INTEGER)`;
  const withinSoon = `CAST(SUM(CASE WHEN d."dueAt" <= ${parameters.time(soonUntil)} THEN 1 ELSE 0 END) AS INTEGER)`;
  const where = matching(actor, filters, parameters);
  if (where === null) return [];
  const rows = await db.$queryRawUnsafe<{ timeZone: string; count: number; overdue: number; withinSoon: number; first: Date | string }[]>(
    `SELECT d."timeZone", CAST(COUNT(*) AS INTEGER) AS "count", ${overdue} AS "overdue", ${withinSoon} AS "withinSoon", ` +
      `MIN(d."dueAt") AS "first" ${FROM}${where} GROUP BY d."timeZone"`,
    ...parameters.values,
  );
  return rows.map((row) => ({
    timeZone: row.timeZone,
    count: Number(row.count),
    overdue: Number(row.overdue),
    dueSoon: Number(row.withinSoon) - Number(row.overdue),
    first: rawDate(row.first),
  }));
}

/** The matching deadlines within `more` bounds, unordered: the dashboard orders what it shows (open-obligations.ts). */
export async function openDeadlineRows(
  db: Db,
  provider: DatabaseProvider,
  actor: Actor,
  filters: DeadlineFilters,
  more: readonly DueBound[],
): Promise<OpenDeadlineRow[]> {
  const parameters = sqlParameters(provider);
  const where = matching(actor, filters, parameters, more);
  if (where === null) return [];
  const rows = await db.$queryRawUnsafe<OpenDeadlineRow[]>(
    `SELECT d."incidentId", d."organizationId", d."regime", d."obligation", d."dueAt", d."reference", d."timeZone" ${FROM}${where}`,
    ...parameters.values,
  );
  return rows.map((row) => ({ ...row, dueAt: rawDate(row.dueAt) }));
}

/** The due instant of the `position`-th nearest matching deadline (from 1), or null when fewer match. */
export async function nthDueAt(
  db: Db,
  provider: DatabaseProvider,
  actor: Actor,
  filters: DeadlineFilters,
  position: number,
): Promise<Date | null> {
  const parameters = sqlParameters(provider);
  const where = matching(actor, filters, parameters);
  if (where === null) return null;
  const rows = await db.$queryRawUnsafe<{ dueAt: Date | string }[]>(
    `SELECT d."dueAt" ${FROM}${where} ORDER BY d."dueAt" LIMIT 1 OFFSET ${parameters.param(position - 1)}`,
    ...parameters.values,
  );
  return rows[0] ? rawDate(rows[0].dueAt) : null;
}

/** How many matching deadlines fall within `more` bounds. */
export async function countOpenDeadlines(
  db: Db,
  provider: DatabaseProvider,
  actor: Actor,
  filters: DeadlineFilters,
  more: readonly DueBound[],
): Promise<number> {
  const parameters = sqlParameters(provider);
  const where = matching(actor, filters, parameters, more);
  if (where === null) return 0;
  const rows = await db.$queryRawUnsafe<{ count: number }[]>(
    `SELECT CAST(COUNT(*) AS INTEGER) AS "count" ${FROM}${where}`,
    ...parameters.values,
  );
  return Number(rows[0]?.count ?? 0);
}

/** The details of these deadlines (of the actor's organisations only), by `incidentId:regime:obligation`. */
export async function openDeadlineDetails(
  db: Db,
  provider: DatabaseProvider,
  actor: Actor,
  deadlines: readonly Pick<OpenDeadlineRow, "incidentId" | "regime" | "obligation">[],
): Promise<Map<string, OpenDeadlineDetails>> {
  const details = new Map<string, OpenDeadlineDetails>();
  const incidentIds = [...new Set(deadlines.map((deadline) => deadline.incidentId))];
  if (incidentIds.length === 0) return details;
  const parameters = sqlParameters(provider);
  const where = scope(actor, undefined, parameters);
  if (where === null) return details;
  where.push(parameters.isAnyOf(`d."incidentId"`, incidentIds));
  const rows = await db.$queryRawUnsafe<DetailsSqlRow[]>(
    `SELECT d."incidentId", d."regime", d."obligation", d."basis", d."dueUnder1182At", d."internalTarget", d."provisional", ` +
      `i."title", i."ownerId", i."dpoId" ${FROM_WITH_INCIDENT} WHERE ${where.join(" AND ")}`,
    ...parameters.values,
  );
  for (const { incidentId, regime, obligation, internalTarget, provisional, dueUnder1182At, ...rest } of rows)
    details.set(`${incidentId}:${regime}:${obligation}`, {
      ...rest,
      dueUnder1182At: dueUnder1182At === null ? null : rawDate(dueUnder1182At),
      // SQLite's driver may answer a boolean column as 0 or 1.
      internalTarget: Boolean(internalTarget),
      provisional: Boolean(provisional),
    });
  return details;
}
