import type { Actor, Role } from "@/lib/server/actor";
import type { ServiceContext } from "@/lib/server/service-context";
import { clocksInForce, type PracticeClocks } from "./practice-clocks";

export interface MyOrganization {
  id: string;
  slug: string;
  name: string;
  country: string;
  /** The Land of a German practice (ISO 3166-2), which decides its authority; null elsewhere. */
  region: string | null;
  timeZone: string;
  address: string | null;
  registrationNumber: string | null;
  dpoName: string | null;
  dpoEmail: string | null;
  dpoPhone: string | null;
  regimes: string[];
  /** The internal targets and reminder points in force, defaults included. */
  clocks: PracticeClocks;
  roles: Role[];
}

/** The organisations the person belongs to, with their roles in each: the organisation switcher's list. */
export async function listMyOrganizations(ctx: ServiceContext, actor: Actor): Promise<MyOrganization[]> {
  if (actor.kind !== "user") return [];
  const ids = [...new Set(actor.memberships.map((m) => m.organizationId))];
  const organizations = await ctx.db.organization.findMany({ where: { id: { in: ids } }, orderBy: { name: "asc" } });
  return organizations.map((org) => ({
    id: org.id,
    slug: org.slug,
    name: org.name,
    country: org.country,
    region: org.region,
    timeZone: org.timeZone,
    address: org.address,
    registrationNumber: org.registrationNumber,
    dpoName: org.dpoName,
    dpoEmail: org.dpoEmail,
    dpoPhone: org.dpoPhone,
    regimes: JSON.parse(org.regimes) as string[],
    clocks: clocksInForce(org.settings),
    roles: actor.memberships.filter((m) => m.organizationId === org.id).map((m) => m.role),
  }));
}
