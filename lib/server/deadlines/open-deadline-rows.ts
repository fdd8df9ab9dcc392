/**
 * The stored open deadlines a dashboard reads (stored-deadlines.ts), with the few columns of their incident it
 * shows, nearest first. Written in SQL, one statement with its join: through Prisma the same read took three
 * times as long (the relation fetched by a second query and joined in JavaScript, and both compiled on every
 * call), the largest part of the dashboard's own time (bench/pages.bench.ts). Tenancy by construction
 * (ARCHITECTURE.md rule 4): only the actor's organisations, or the one chosen among them, are ever read.
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

export interface OpenDeadlineRow {
  incidentId: string;
  organizationId: string;
  regime: string;
  obligation: string;
  basis: string;
  dueAt: Date;
  dueUnder1182At: Date | null;
  internalTarget: boolean;
  provisional: boolean;
  incident: { reference: string; title: string; timeZone: string; ownerId: string | null; dpoId: string | null };
}

interface SqlRow extends Omit<OpenDeadlineRow, "incident" | "internalTarget" | "provisional"> {
  internalTarget: boolean | number | bigint;
  provisional: boolean | number | bigint;
  reference: string;
  title: string;
  timeZone: string;
  ownerId: string | null;
  dpoId: string | null;
}

export async function openDeadlineRows(
  db: Db,
  provider: DatabaseProvider,
  actor: Actor,
  filters: { organizationId?: string; regime?: string; dueBy?: Date },
): Promise<OpenDeadlineRow[]> {
  const visible = visibleOrganizationIds(actor);
  const { values, param, time } = sqlParameters(provider);
  const where: string[] = [];
  if (visible !== null) {
    if (visible.length === 0) return [];
    where.push(`d."organizationId" IN (${visible.map((id) => param(id)).join(", ")})`);
  }
  if (filters.organizationId !== undefined) where.push(`d."organizationId" = ${param(filters.organizationId)}`);
  if (filters.regime !== undefined) where.push(`d."regime" = ${param(filters.regime)}`);
  if (filters.dueBy !== undefined) where.push(`d."dueAt" <= ${time(filters.dueBy)}`);
  const rows = await db.$queryRawUnsafe<SqlRow[]>(
    `SELECT d."incidentId", d."organizationId", d."regime", d."obligation", d."basis", d."dueAt", d."dueUnder1182At", ` +
      `d."internalTarget", d."provisional", i."reference", i."title", i."timeZone", i."ownerId", i."dpoId" ` +
      `FROM "IncidentDeadline" d JOIN "Incident" i ON i."id" = d."incidentId"` +
      (where.length > 0 ? ` WHERE ${where.join(" AND ")}` : "") +
      ` ORDER BY d."dueAt", i."reference", d."regime", d."obligation"`,
    ...values,
  );
  return rows.map(({ reference, title, timeZone, ownerId, dpoId, internalTarget, provisional, ...deadline }) => ({
    ...deadline,
    dueAt: asDate(deadline.dueAt),
    dueUnder1182At: deadline.dueUnder1182At === null ? null : asDate(deadline.dueUnder1182At),
    // SQLite's driver may answer a boolean column as 0 or 1.
    internalTarget: Boolean(internalTarget),
    provisional: Boolean(provisional),
    incident: { reference, title, timeZone, ownerId, dpoId },
  }));
}

// Prisma types the columns of a raw answer and gives DateTime as a Date on both databases; kept honest here.
function asDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}
