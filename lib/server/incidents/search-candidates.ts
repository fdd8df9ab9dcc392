/**
 * What a search reads before matching in memory (list-incidents.ts says why in memory): the newest incidents
 * under the list's filters, and the incident whose whole reference the text is. In SQL, as the dashboard's reads:
 * with a DPO firm's person's thousand practices in both queries, Prisma spent 25 to 30 ms of each search page
 * compiling them (bench/pages.bench.ts). Tenancy by construction (ARCHITECTURE.md rule 4): the actor's
 * organisations, or the one chosen among them.
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

export interface SearchFilters {
  /** One of the actor's organisations, already checked (organization-filter.ts), or null for all of them. */
  organizationId: string | null;
  states: readonly string[] | undefined;
}

export interface SearchCandidate {
  id: string;
  reference: string;
  title: string;
  description: string;
}

function scopeOf(actor: Actor, filters: SearchFilters, { param, isAnyOf }: ReturnType<typeof sqlParameters>): string[] | null {
  const visible = visibleOrganizationIds(actor);
  const where: string[] = [];
  if (filters.organizationId !== null) {
    if (visible !== null && !visible.includes(filters.organizationId)) return null;
    where.push(`"organizationId" = ${param(filters.organizationId)}`);
  } else if (visible !== null) {
    if (visible.length === 0) return null;
    where.push(isAnyOf(`"organizationId"`, visible));
  }
  if (filters.states) where.push(`"state" IN (${filters.states.map((state) => param(state)).join(", ")})`);
  return where;
}

/** The parameters of a statement and its scope's conditions, written first; null when the actor sees nothing. */
function scopedStatement(provider: DatabaseProvider, actor: Actor, filters: SearchFilters) {
  const parameters = sqlParameters(provider);
  const where = scopeOf(actor, filters, parameters);
  return where === null ? null : { ...parameters, where };
}

/** The newest `atMost` incidents under the filters, newest first (the (awareAt desc, id) index). */
export async function newestCandidates(
  ctx: { db: Db; provider: DatabaseProvider },
  actor: Actor,
  filters: SearchFilters,
  atMost: number,
): Promise<SearchCandidate[]> {
  const scoped = scopedStatement(ctx.provider, actor, filters);
  if (scoped === null) return [];
  const { values, param, where } = scoped;
  return ctx.db.$queryRawUnsafe<SearchCandidate[]>(
    `SELECT "id", "reference", "title", "description" FROM "Incident"${where.length > 0 ? ` WHERE ${where.join(" AND ")}` : ""} ` +
      `ORDER BY "awareAt" DESC, "id" ASC LIMIT ${param(atMost)}`,
    ...values,
  );
}

/** The ids of the incidents under the filters whose reference is exactly this one. */
export async function idsWithReference(
  ctx: { db: Db; provider: DatabaseProvider },
  actor: Actor,
  filters: SearchFilters,
  reference: string,
): Promise<string[]> {
  const scoped = scopedStatement(ctx.provider, actor, filters);
  if (scoped === null) return [];
  const { values, param, where } = scoped;
  where.push(`"reference" = ${param(reference)}`);
  const rows = await ctx.db.$queryRawUnsafe<Array<{ id: string }>>(`SELECT "id" FROM "Incident" WHERE ${where.join(" AND ")}`, ...values);
  return rows.map((row) => row.id);
}
