/*
 * Missing items that are not answered on the incident but in the practice's details: the line links to the
 * place where they are entered, so the person does not stop at "Add the practice's postal address".
 */
const SETTINGS_FIELDS = new Set(["organisation.address", "organisation.country", "organisation.registrationId"]);

export const ENTER_IN_SETTINGS = "Enter it in Settings, under Practice details (administrators of the practice).";

export function whereToEnter(field: string, organizationId: string): { href: string; label: string } | null {
  if (!SETTINGS_FIELDS.has(field)) return null;
  return { href: `/settings?org=${encodeURIComponent(organizationId)}#practice-heading`, label: ENTER_IN_SETTINGS };
}
