import type { Db, Prisma } from "@/lib/db/client";
import { visibleOrganizationIds } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";

/**
 * A list narrowed to one organisation by slug. The slug must be one the actor can see: an unknown or
 * foreign one is the same "not one of your organisations", so a guess reveals nothing.
 */
export async function organizationFilter(
  db: Db,
  actor: Actor,
  slug: string | undefined,
): Promise<ServiceResult<{ where: Prisma.IncidentWhereInput; organizationId: string | null }>> {
  const visible = visibleOrganizationIds(actor);
  if (slug === undefined) {
    return ok({ where: {}, organizationId: visible?.length === 1 ? visible[0]! : null });
  }
  // By its slug alone, then checked against the actor's own: a thousand ids in the query cost more than the read.
  const organization = await db.organization.findUnique({ where: { slug }, select: { id: true } });
  if (!organization || (visible !== null && !visible.includes(organization.id)))
    return invalid([{ field: "organization", problem: `is not one of your organisations: "${slug}"` }]);
  return ok({ where: { organizationId: organization.id }, organizationId: organization.id });
}
