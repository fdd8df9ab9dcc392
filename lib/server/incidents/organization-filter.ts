import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";

/** How many practices a "several match" problem names. */
const NAMED_AT_MOST = 5;

/**
 * A list narrowed to one of the actor's organisations, given by its slug or, as a person with hundreds of
 * practices types it (components/forms/practice-filter.tsx), by its name or a part of it: the exact slug first,
 * then the exact name, then the one name containing the text, case aside. An unknown or foreign practice is the
 * same "not one of your organisations", so a guess reveals nothing; a text several of the actor's practices
 * contain names them, for the person to type more.
 */
export async function organizationFilter(
  ctx: { db: Db; provider: DatabaseProvider },
  actor: Actor,
  text: string | undefined,
): Promise<ServiceResult<{ where: Prisma.IncidentWhereInput; organizationId: string | null }>> {
  const visible = visibleOrganizationIds(actor);
  if (text === undefined) {
    return ok({ where: {}, organizationId: visible?.length === 1 ? visible[0]! : null });
  }
  const chosen = (id: string) => ok({ where: { organizationId: id }, organizationId: id });
  // By its slug alone, then checked against the actor's own: a thousand ids in the query cost more than the read.
  const bySlug = await ctx.db.organization.findUnique({ where: { slug: text }, select: { id: true } });
  if (bySlug && (visible === null || visible.includes(bySlug.id))) return chosen(bySlug.id);

  const named = await organizationsNamed(ctx, visible, text);
  const exact = named.filter((organization) => organization.name.toLowerCase() === text.toLowerCase());
  if (exact.length === 1) return chosen(exact[0]!.id);
  if (named.length === 1) return chosen(named[0]!.id);
  if (named.length === 0) return invalid([{ field: "organization", problem: `is not one of your organisations: "${text}"` }]);
  const names = named.slice(0, NAMED_AT_MOST).map((organization) => organization.name);
  if (named.length > NAMED_AT_MOST) names.push("…");
  return invalid([
    { field: "organization", problem: `matches several of your organisations (${names.join(", ")}): type more of the name` },
  ]);
}

/** The actor's organisations whose name contains the text, case aside (SQLite folds ASCII letters only), by name. */
async function organizationsNamed(
  ctx: { db: Db; provider: DatabaseProvider },
  visible: string[] | null,
  text: string,
): Promise<Array<{ id: string; name: string }>> {
  if (visible !== null && visible.length === 0) return [];
  const { values, param, isAnyOf } = sqlParameters(ctx.provider);
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
  // Placeholders in the order they appear: SQLite's are positional.
  const like = `lower("name") LIKE ${param(pattern)} ESCAPE '\\'`;
  const scope = visible === null ? "" : ` AND ${isAnyOf(`"id"`, visible)}`;
  return ctx.db.$queryRawUnsafe<Array<{ id: string; name: string }>>(
    `SELECT "id", "name" FROM "Organization" WHERE ${like}${scope} ORDER BY "name", "id" LIMIT ${NAMED_AT_MOST + 1}`,
    ...values,
  );
}
