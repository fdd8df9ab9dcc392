/*
 * Every time shown to a person names its zone ("31 Mar 2026, 00:30 CEST"): a bare local time is ambiguous
 * across daylight-saving changes and between the practice and the authority.
 */

export type DocumentLanguage = "en" | "fr" | "cs" | "de";

const LOCALE_BY_LANGUAGE: Record<DocumentLanguage, string> = {
  en: "en-GB",
  fr: "fr-FR",
  cs: "cs-CZ",
  de: "de-DE",
};

export function localeFor(language: DocumentLanguage): string {
  return LOCALE_BY_LANGUAGE[language];
}

/** Formats an instant in the incident's zone, with the zone's short name and month names in the language. */
export function formatInstant(instant: string | Date, timeZone: string, language: DocumentLanguage = "en"): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(localeFor(language), {
    day: "numeric",
    // Czech short months come out as digits ("31. 3. 2026"); the long form gives the month's name.
    month: language === "cs" ? "long" : "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone,
    timeZoneName: "short",
  }).format(date);
}

export function formatCount(value: number, language: DocumentLanguage = "en"): string {
  return new Intl.NumberFormat(localeFor(language)).format(value);
}

/** A calendar date in the zone, month spelled out ("27 March 2026", "27. března 2026"): for letters. */
export function formatDate(instant: string | Date, timeZone: string, language: DocumentLanguage = "en"): string {
  const date = typeof instant === "string" ? new Date(instant) : instant;
  if (Number.isNaN(date.getTime())) return String(instant);
  return new Intl.DateTimeFormat(localeFor(language), { day: "numeric", month: "long", year: "numeric", timeZone }).format(date);
}
