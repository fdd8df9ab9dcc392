import type { OrganizationSettingsPatch } from "@/lib/server/organizations/update-organization-settings";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";

const CHANGEABLE = [
  "name",
  "country",
  "region",
  "timeZone",
  "address",
  "registrationNumber",
  "dpoName",
  "dpoEmail",
  "dpoPhone",
  "regimes",
  "targets",
  "reminders",
] as const;
const CLEARABLE = new Set(["region", "address", "registrationNumber", "dpoName", "dpoEmail", "dpoPhone"]);

/**
 * PATCH /organizations/{slug}: the fields to change. A field the practice cannot change here (its slug, an
 * id, a misspelling) is refused by name rather than silently dropped; null clears an optional detail.
 */
export function practicePatchFromApi(body: unknown): ServiceResult<Omit<OrganizationSettingsPatch, "organizationId">> {
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return invalid([{ field: "body", problem: "must be a JSON object of the fields to change" }]);
  }
  const entries = Object.entries(body as Record<string, unknown>);
  const unknown = entries.filter(([key]) => !(CHANGEABLE as readonly string[]).includes(key));
  if (unknown.length > 0) {
    return invalid(unknown.map(([key]) => ({ field: key, problem: `cannot be changed here (changeable: ${CHANGEABLE.join(", ")})` })));
  }
  return ok(Object.fromEntries(entries.map(([key, value]) => [key, value === null && CLEARABLE.has(key) ? "" : value])));
}
