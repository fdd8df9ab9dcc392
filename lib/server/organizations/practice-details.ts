import { hasRole, isMemberOf } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { forbidden, notFound, ok, type ServiceFailure, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { updateOrganizationSettings, type OrganizationSettingsPatch } from "./update-organization-settings";

/** What the authority forms need to know about the practice, as its administrators read and change it. */
export interface PracticeDetails {
  slug: string;
  name: string;
  country: string;
  /** ISO 3166-2 Land of a German practice ("DE-BY"), which decides its authority; null elsewhere or not yet set. */
  region: string | null;
  timeZone: string;
  address: string | null;
  registrationNumber: string | null;
  dpoName: string | null;
  dpoEmail: string | null;
  dpoPhone: string | null;
  regimes: string[];
  updatedAt: string;
}

/**
 * A member learns that only administrators may; someone outside the practice learns nothing, not even that
 * the slug exists.
 */
async function administeredId(ctx: ServiceContext, actor: Actor, slug: string): Promise<{ id: string } | ServiceFailure> {
  const row = await ctx.db.organization.findUnique({ where: { slug: String(slug) }, select: { id: true } });
  if (!row || !isMemberOf(actor, row.id)) return notFound();
  if (!hasRole(actor, row.id, "admin")) return forbidden("Only the practice's administrators can read or change its details.");
  return { id: row.id };
}

export async function getPracticeDetails(ctx: ServiceContext, actor: Actor, slug: string): Promise<ServiceResult<PracticeDetails>> {
  const found = await administeredId(ctx, actor, slug);
  if ("ok" in found) return found;
  const row = await ctx.db.organization.findUniqueOrThrow({ where: { id: found.id } });
  return ok({
    slug: row.slug,
    name: row.name,
    country: row.country,
    region: row.region,
    timeZone: row.timeZone,
    address: row.address,
    registrationNumber: row.registrationNumber,
    dpoName: row.dpoName,
    dpoEmail: row.dpoEmail,
    dpoPhone: row.dpoPhone,
    regimes: JSON.parse(row.regimes) as string[],
    updatedAt: row.updatedAt.toISOString(),
  });
}

/** Changes the named fields (the others stay; last write wins) and answers the details as stored. */
export async function updatePracticeDetails(
  ctx: ServiceContext,
  actor: Actor,
  slug: string,
  patch: Omit<OrganizationSettingsPatch, "organizationId">,
): Promise<ServiceResult<PracticeDetails>> {
  const found = await administeredId(ctx, actor, slug);
  if ("ok" in found) return found;
  const saved = await updateOrganizationSettings(ctx, actor, { ...patch, organizationId: found.id });
  if (!saved.ok) return saved;
  return getPracticeDetails(ctx, actor, slug);
}
