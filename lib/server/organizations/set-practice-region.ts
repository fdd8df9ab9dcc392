import { checkRegion } from "@/lib/domain/organisation/regions";
import { practiceRegionSchema, type PracticeRegionInput } from "@/lib/schemas/practice-region";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";

/**
 * Sets the Land of a practice, which decides the German supervisory authority it notifies (§ 40 BDSG; see
 * docs/AUTHORITIES.md). Administrators only; a Land that is not one of its country's is refused naming "region".
 */
export async function setPracticeRegion(
  ctx: ServiceContext,
  actor: Actor,
  input: PracticeRegionInput,
): Promise<ServiceResult<{ region: string | null }>> {
  const parsed = practiceRegionSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organizationId, region } = parsed.data;
  if (!hasRole(actor, organizationId, "admin")) return notFound();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: organizationId }, select: { country: true, region: true } });
    if (!before) return notFound();
    const checked = checkRegion(before.country, region);
    if (!checked.ok) return invalid([{ field: "region", problem: checked.problem }]);
    if ((before.region ?? null) !== checked.value) {
      await tx.organization.update({ where: { id: organizationId }, data: { region: checked.value } });
      await appendAudit(
        tx,
        actor,
        {
          action: "organization.update",
          organizationId,
          detail: { changed: { region: { before: before.region ?? null, after: checked.value } } },
        },
        ctx.now(),
      );
    }
    return ok({ region: checked.value });
  });
}
