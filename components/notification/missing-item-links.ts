import { en } from "@/lib/i18n/messages/en";
import type { NotificationT } from "./notification-details-questions";

/*
 * Missing items that are not answered on the incident but in the practice's details: the line links to the
 * place where they are entered, so the person does not stop at "Add the practice's postal address" or "Name the
 * person patients can contact" (the notification's and the letter's lists alike).
 */
const SETTINGS_FIELDS = new Set([
  "organisation.name",
  "organisation.address",
  "organisation.country",
  "organisation.region",
  "organisation.registrationId",
  "organisation.contactPoint.name",
  "organisation.contactPoint.email",
  "organisation.contactPoint.phone",
]);

/** The link's words come from the reader's translator (namespace notification); without one, in English. */
export function whereToEnter(field: string, organizationId: string, t?: NotificationT): { href: string; label: string } | null {
  if (!SETTINGS_FIELDS.has(field)) return null;
  return {
    href: `/settings?org=${encodeURIComponent(organizationId)}#practice-heading`,
    label: t ? t("enterInSettings") : en.notification.enterInSettings,
  };
}
