import { organizationCreateSchema, type OrganizationCreateInput } from "@/lib/schemas/admin";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

export function slugFromName(name: string): string {
  const slug = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50)
    .replace(/-+$/g, "");
  return slug.length >= 2 ? slug : `org-${slug}`;
}

export interface CreatedOrganization {
  id: string;
  slug: string;
  name: string;
  country: string;
  timeZone: string;
}

/** Organisations are created by the operator (CLI) only: a signed-in user cannot add a tenant. */
export async function createOrganization(
  ctx: ServiceContext,
  actor: Actor,
  input: OrganizationCreateInput,
): Promise<ServiceResult<CreatedOrganization>> {
  if (actor.kind !== "operator") return forbidden("Only the operator can create an organisation.");
  const parsed = organizationCreateSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { name, country, timeZone } = parsed.data;

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    let slug = parsed.data.slug ?? slugFromName(name);
    if (await tx.organization.findUnique({ where: { slug }, select: { id: true } })) {
      if (parsed.data.slug) return invalid([{ field: "slug", problem: `"${slug}" is already taken` }]);
      const taken = await tx.organization.count({ where: { slug: { startsWith: slug } } });
      slug = `${slug}-${taken + 1}`;
    }
    const organization = await tx.organization.create({
      data: { name, slug, country, timeZone },
      select: { id: true, slug: true, name: true, country: true, timeZone: true },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "organization.create",
        organizationId: organization.id,
        detail: { slug, name, country, timeZone },
      },
      ctx.now(),
    );
    return ok(organization);
  });
}
