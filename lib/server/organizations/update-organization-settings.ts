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

/** What the settings page, `breachdesk org update` and `PATCH /api/v1/organizations/{slug}` send: the fields to change. */
export type OrganizationSettingsPatch = { organizationId: string } & Partial<Omit<OrganizationSettingsInput, "organizationId">>;

type OrganizationRow = NonNullable<Awaited<ReturnType<ServiceContext["db"]["organization"]["findUnique"]>>>;

/** The stored values as the schema reads them, so a patch naming one field is checked with the others in force. */
function storedAsInput(row: OrganizationRow): Omit<OrganizationSettingsInput, "organizationId"> {
  return {
    name: row.name,
    country: row.country,
    region: row.region ?? undefined,
    timeZone: row.timeZone,
    address: row.address ?? undefined,
    registrationNumber: row.registrationNumber ?? undefined,
    dpoName: row.dpoName ?? undefined,
    dpoEmail: row.dpoEmail ?? undefined,
    dpoPhone: row.dpoPhone ?? undefined,
    regimes: JSON.parse(row.regimes) as OrganizationSettingsInput["regimes"],
  };
}

const given = (patch: Record<string, unknown>) => Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined));
const blankToNull = (value: string | null | undefined) => (value ? value : null);

/**
 * Practice details used by notifications (address, registration number, DPO contact), the regimes new
 * incidents start with, and the practice's clocks: its internal targets and reminder points. Fields left out
 * keep their stored value; the whole result is checked together (a registration number against the country).
 */
export async function updateOrganizationSettings(
  ctx: ServiceContext,
  actor: Actor,
  input: OrganizationSettingsPatch,
): Promise<ServiceResult<null>> {
  const organizationId = typeof input?.organizationId === "string" ? input.organizationId : "";
  if (!organizationId) return invalid([{ field: "organizationId", problem: "is required" }]);
  if (!hasRole(actor, organizationId, "admin")) return notFound();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const before = await tx.organization.findUnique({ where: { id: organizationId } });
    if (!before) return notFound();
    const merged = { ...storedAsInput(before), ...given(input), organizationId };
    // A practice that moves country leaves its Land behind unless a new one is given with it.
    if (input.country !== undefined && input.country.trim().toUpperCase() !== before.country && input.region === undefined)
      merged.region = undefined;
    const parsed = organizationSettingsSchema.safeParse(merged);
    if (!parsed.success) return invalid(toFieldErrors(parsed.error));
    const { organizationId: _id, regimes, dpoEmail, address, registrationNumber, targets, reminders, ...fields } = parsed.data;
    const after = {
      ...fields,
      address: blankToNull(address),
      registrationNumber: blankToNull(registrationNumber),
      dpoEmail: dpoEmail || null,
      regimes: JSON.stringify(regimes),
    };
    const settings = withClocks(before.settings, { targets, reminders });
    await tx.organization.update({ where: { id: organizationId }, data: { ...after, settings } });
    const changed = {
      ...Object.fromEntries(
        Object.entries(after)
          .filter(([key, value]) => ((before as Record<string, unknown>)[key] ?? null) !== (value ?? null))
          .map(([key, value]) => [key, { before: (before as Record<string, unknown>)[key] ?? null, after: value ?? null }]),
      ),
      ...clockChanges(before.settings, settings),
    };
    // The dashboard reads the stored deadlines: they follow the new targets in this same transaction.
    if (targetsChanged(changed)) await refreshOrganizationDeadlines(tx, organizationId);
    await appendAudit(tx, actor, { action: "organization.update", organizationId, detail: { changed } }, ctx.now());
    return ok(null);
  });
}
