import { organizationSettingsSchema, type OrganizationSettingsInput } from "@/lib/schemas/admin";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { refreshOrganizationDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { clockChanges, targetsChanged, withClocks } from "./practice-clocks";

/**
 * Practice details used by notifications (DPO contact), the regimes new incidents start with, and the
 * practice's clocks: its internal targets and reminder points.
 */
export async function updateOrganizationSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: OrganizationSettingsInput,
): Promise<ServiceResult<null>> {
  const parsed = organizationSettingsSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organizationId, regimes, dpoEmail, targets, reminders, ...fields } = parsed.data;
  if (!hasRole(actor, organizationId, "admin")) return notFound();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!before) return notFound();
    const after = { ...fields, dpoEmail: dpoEmail || null, regimes: JSON.stringify(regimes) };
    const settings = withClocks(before.settings, { targets, reminders });
    await tx.organization.update({ where: { id: organizationId }, data: { ...after, settings } });
    const changed = {
      ...Object.fromEntries(
        Object.entries(after)
          .filter(([key, value]) => (before as Record<string, unknown>)[key] !== value)
          .map(([key, value]) => [key, { before: (before as Record<string, unknown>)[key] ?? null, after: value }]),
      ),
      ...clockChanges(before.settings, settings),
    };
    // The dashboard reads the stored deadlines: they follow the new targets in this same transaction.
    if (targetsChanged(changed)) await refreshOrganizationDeadlines(tx, organizationId);
    await appendAudit(tx, actor, { action: "organization.update", organizationId, detail: { changed } }, ctx.now());
    return ok(null);
  });
}
