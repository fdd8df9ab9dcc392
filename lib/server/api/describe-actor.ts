import type { ApiIdentity } from "@/lib/schemas/answers/me";
import type { Actor } from "@/lib/server/actor";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";

/** The token's own person and their roles: nothing about anyone else, so it needs no audit record. */
export async function describeActor(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<ApiIdentity>> {
  if (actor.kind !== "user") return forbidden("Only a person's token has an identity to describe.");
  const [user, organizations] = await Promise.all([
    ctx.db.user.findUnique({ where: { id: actor.userId }, select: { name: true } }),
    ctx.db.organization.findMany({
      where: { id: { in: actor.memberships.map((membership) => membership.organizationId) } },
      select: { id: true, slug: true, name: true },
    }),
  ]);
  const byId = new Map(organizations.map((organization) => [organization.id, organization]));
  const memberships = actor.memberships.flatMap((membership) => {
    const organization = byId.get(membership.organizationId);
    return organization ? [{ organization: { slug: organization.slug, name: organization.name }, role: membership.role }] : [];
  });
  memberships.sort((a, b) => a.organization.slug.localeCompare(b.organization.slug) || a.role.localeCompare(b.role));
  return ok({ userId: actor.userId, email: actor.email, name: user?.name ?? null, memberships });
}
