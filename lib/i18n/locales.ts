/**
 * The interface languages and how a request's language is chosen (docs/I18N.md): the person's own choice
 * (Your account), else the language of their practice's country, else the browser's Accept-Language, else
 * English. Pure: no framework, so the resolver is unit-tested and shared by pages, e-mails and documents.
 */
export const LOCALES = ["en", "fr", "cs", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

/** Each language's own name, as a person looking for it would recognise it. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", fr: "Français", cs: "Čeština", de: "Deutsch" };

export function isLocale(value: unknown): value is Locale {
  return typeof value === "string" && (LOCALES as readonly string[]).includes(value);
}

/*
 * The interface language people of a practice's country most likely read. Only countries whose official
 * language the interface has: Belgium, Luxembourg and Switzerland have several and are left to the browser.
 */
const COUNTRY_LOCALE: Readonly<Record<string, Locale>> = { FR: "fr", CZ: "cs", DE: "de", AT: "de", LI: "de" };

export function localeOfCountry(country: string | null | undefined): Locale | null {
  return country ? (COUNTRY_LOCALE[country.trim().toUpperCase()] ?? null) : null;
}

/**
 * The first interface language the browser asks for, by quality (RFC 9110 12.5.4): "fr-CH;q=0.9" counts as fr,
 * "q=0" means "not this one", "*" chooses nothing. Malformed parts are skipped, never thrown on.
 */
export function localeFromAcceptLanguage(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part, order) => {
      const [range = "", ...params] = part.trim().split(";");
      const q = params.map((p) => p.trim()).find((p) => p.toLowerCase().startsWith("q="));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { primary: range.trim().toLowerCase().split("-")[0] ?? "", quality: Number.isFinite(quality) ? quality : 0, order };
    })
    .filter((entry) => entry.quality > 0 && isLocale(entry.primary))
    .sort((a, b) => b.quality - a.quality || a.order - b.order);
  return (ranked[0]?.primary as Locale | undefined) ?? null;
}

export interface LocaleFacts {
  /** The language the person chose in Your account, if any. */
  preference?: string | null;
  /** The countries of the person's practices, in the order they joined them. */
  practiceCountries?: readonly string[];
  acceptLanguage?: string | null;
}

export function resolveLocale(facts: LocaleFacts): Locale {
  if (isLocale(facts.preference)) return facts.preference;
  for (const country of facts.practiceCountries ?? []) {
    const locale = localeOfCountry(country);
    if (locale) return locale;
  }
  return localeFromAcceptLanguage(facts.acceptLanguage) ?? DEFAULT_LOCALE;
}
