import type { Role } from "@/lib/server/actor";
import type { Actor } from "@/lib/server/actor";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { Tx } from "@/lib/server/transaction";
import type { Db } from "@/lib/db/client";

export interface ResolvedOrganization {
  id: string;
  slug: string;
  name: string;
  regimes: string[];
  timeZone: string;
}

const select = { id: true, slug: true, name: true, regimes: true, timeZone: true } as const;

/**
 * The organisation an incident is logged in: the one named by slug, or the only one in which the actor
 * holds one of `roles`. A slug the actor does not belong to is answered like an unknown one.
 */
export async function resolveOrganization(
  db: Db | Tx,
  actor: Actor,
  slug: string | undefined,
  roles: readonly Role[],
): Promise<ServiceResult<ResolvedOrganization>> {
  if (actor.kind !== "user") return forbidden("Logging an incident needs a person's account.");
  const eligible = [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organizationId))];
  if (slug === undefined) {
    if (eligible.length === 0) return forbidden(`You need one of these roles in an organisation: ${roles.join(", ")}.`);
    if (eligible.length > 1) {
      return invalid([{ field: "organization", problem: "is required: you belong to several organisations, name one by its slug" }]);
    }
  }
  const found = await db.organization.findFirst({
    where: slug === undefined ? { id: eligible[0]! } : { slug, id: { in: actor.memberships.map((m) => m.organizationId) } },
    select,
  });
  if (!found) return invalid([{ field: "organization", problem: `is not one of your organisations: "${slug}"` }]);
  if (!eligible.includes(found.id)) return forbidden(`You need one of these roles in ${found.slug}: ${roles.join(", ")}.`);
  return ok({ ...found, regimes: JSON.parse(found.regimes) as string[] });
}
