import { formatForPeople } from "@/lib/domain/deadlines";
import type { Locale } from "@/lib/i18n/locales";

/**
 * An instant as people read it, in the reader's language and always in the given zone, its name shown
 * (ARCHITECTURE.md rule 3): English keeps the deadlines' own wording ("3 March 2026, 14:05 CET").
 */
export function peopleTime(locale: Locale, instant: Date, timeZone: string): string {
  if (locale === "en") return formatForPeople(instant, timeZone);
  return new Intl.DateTimeFormat(locale, {
    day: "numeric",
    month: "long",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
    timeZoneName: "short",
  }).format(instant);
}
