/**
 * The stored open deadlines a dashboard reads (stored-deadlines.ts), nearest first, in two steps: every matching
 * deadline with only what ordering, counting and the week's calendar need, then the rest (the incident's title,
 * the legal basis, who owns it) for the few the page shows. For a DPO firm's person with a thousand practices a
 * dashboard matched 16,439 open deadlines, and reading each one whole (its sealed title above all) made most of the
 * page's garbage (bench/pages.bench.ts). Written in SQL, one statement with its join each: through Prisma the same
 * read took three times as long. Tenancy by construction (ARCHITECTURE.md rule 4): both reads carry the actor's
 * organisations, or the one chosen among them.
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
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

type Filters = { organizationId?: string; regime?: string; dueBy?: Date };

/** Incidents whose details one query reads. */
const DETAILS_BATCH = 500;

/** The organisation conditions of both reads; null when the actor can see no organisation at all. */
function scope(actor: Actor, filters: Filters, param: (value: unknown) => string): string[] | null {
  const visible = visibleOrganizationIds(actor);
  const where: string[] = [];
  if (visible !== null) {
    if (visible.length === 0) return null;
    where.push(`d."organizationId" IN (${visible.map((id) => param(id)).join(", ")})`);
  }
  if (filters.organizationId !== undefined) where.push(`d."organizationId" = ${param(filters.organizationId)}`);
  return where;
}

export async function openDeadlineRows(db: Db, provider: DatabaseProvider, actor: Actor, filters: Filters): Promise<OpenDeadlineRow[]> {
  const { values, param, time } = sqlParameters(provider);
  const where = scope(actor, filters, param);
  if (where === null) return [];
  if (filters.regime !== undefined) where.push(`d."regime" = ${param(filters.regime)}`);
  if (filters.dueBy !== undefined) where.push(`d."dueAt" <= ${time(filters.dueBy)}`);
  const rows = await db.$queryRawUnsafe<OpenDeadlineRow[]>(
    `SELECT d."incidentId", d."organizationId", d."regime", d."obligation", d."dueAt", i."reference", i."timeZone" ` +
      `FROM "IncidentDeadline" d JOIN "Incident" i ON i."id" = d."incidentId"` +
      (where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "") +
      ` ORDER BY d."dueAt", i."reference", d."regime", d."obligation"`,
    ...values,
  );
  return rows.map((row) => ({ ...row, dueAt: asDate(row.dueAt) }));
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
  // In batches, so a week crowded with deadlines stays within the databases' limits on parameters.
  for (let start = 0; start < incidentIds.length; start += DETAILS_BATCH) {
    const { values, param } = sqlParameters(provider);
    const where = scope(actor, {}, param);
    if (where === null) return details;
    where.push(
      `d."incidentId" IN (${incidentIds
        .slice(start, start + DETAILS_BATCH)
        .map((id) => param(id))
        .join(", ")})`,
    );
    const rows = await db.$queryRawUnsafe<DetailsSqlRow[]>(
      `SELECT d."incidentId", d."regime", d."obligation", d."basis", d."dueUnder1182At", d."internalTarget", d."provisional", ` +
        `i."title", i."ownerId", i."dpoId" FROM "IncidentDeadline" d JOIN "Incident" i ON i."id" = d."incidentId" ` +
        `WHERE ${where.join(" AND ")}`,
      ...values,
    );
    for (const { incidentId, regime, obligation, internalTarget, provisional, dueUnder1182At, ...rest } of rows)
      details.set(`${incidentId}:${regime}:${obligation}`, {
        ...rest,
        dueUnder1182At: dueUnder1182At === null ? null : asDate(dueUnder1182At),
        // SQLite's driver may answer a boolean column as 0 or 1.
        internalTarget: Boolean(internalTarget),
        provisional: Boolean(provisional),
      });
  }
  return details;
}

// Prisma types the columns of a raw answer and gives DateTime as a Date on both databases; kept honest here.
function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
