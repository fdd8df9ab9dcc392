import type { Role } from "@/lib/server/actor";
import type { Actor } from "@/lib/server/actor";
import { hasRole } from "@/lib/server/access";
import { notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { visibleOrganizations } from "./visible-organizations";

/*
 * What the incident pages need to know about the actor's practices: their names and time zones (the intake
 * form reads local times in the practice's zone) and who works there (task owners). No incident data, so
 * nothing here is audited; another organisation is simply not listed.
 */

export interface MyOrganization {
  id: string;
  slug: string;
  name: string;
  timeZone: string;
  roles: Role[];
}

export async function listMyOrganizations(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<MyOrganization[]>> {
  const rows = await visibleOrganizations(ctx.db, ctx.provider, actor);
  // Grouped once: a DPO firm's person has a thousand memberships, and a search per practice cost 13 ms a page.
  const roles = new Map<string, Set<Role>>();
  if (actor.kind === "user") {
    for (const { organizationId, role } of actor.memberships) roles.set(organizationId, (roles.get(organizationId) ?? new Set()).add(role));
  }
  return ok(rows.map((row) => ({ ...row, roles: [...(roles.get(row.id) ?? [])] })));
}

export interface OrganizationMember {
  id: string;
  name: string;
}

/** The active people of one of the actor's organisations, for choosing a task's owner. */
export async function listOrganizationMembers(
  ctx: ServiceContext,
  actor: Actor,
  organizationId: string,
): Promise<ServiceResult<OrganizationMember[]>> {
  if (!hasRole(actor, organizationId, "manager", "dpo", "lawyer", "admin")) return notFound("No such organisation.");
  const rows = await ctx.db.user.findMany({
    where: { disabledAt: null, memberships: { some: { organizationId, suspendedAt: null } } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true },
  });
  return ok(rows);
}
