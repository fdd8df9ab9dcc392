/**
 * The practices an actor can see, by name: the choices of every practice filter and the names beside incidents.
 * In SQL because a DPO firm's people see hundreds of practices: Prisma compiled and bound the list of a thousand
 * ids anew on every page, 19 ms where the statement takes 5 (bench/pages.bench.ts). Tenancy as everywhere
 * (ARCHITECTURE.md rule 4): the actor's own organisations, all of them for an operator.
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";

export interface VisibleOrganization {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
}

export async function visibleOrganizations(db: Db, provider: DatabaseProvider, actor: Actor): Promise<VisibleOrganization[]> {
  const visible = visibleOrganizationIds(actor);
  if (visible !== null && visible.length === 0) return [];
  const { values, isAnyOf } = sqlParameters(provider);
  const where = visible === null ? "" : ` WHERE ${isAnyOf(`"id"`, visible)}`;
  return db.$queryRawUnsafe<VisibleOrganization[]>(
    `SELECT "id", "slug", "name", "timeZone" FROM "Organization"${where} ORDER BY "name", "id"`,
    ...values,
  );
}
