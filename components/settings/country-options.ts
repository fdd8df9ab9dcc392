import { SUPPORTED_COUNTRIES } from "@/lib/domain/organisation/countries";

/**
 * The supported countries named in the reader's language and sorted in its order; English keeps the names
 * lib/domain gives them. Named on the server, so the list is the same when the page becomes interactive.
 */
export function countryOptionsIn(locale: string): { value: string; label: string }[] {
  if (locale === "en") return SUPPORTED_COUNTRIES.map((country) => ({ value: country.code, label: country.name }));
  const names = new Intl.DisplayNames([locale], { type: "region" });
  return SUPPORTED_COUNTRIES.map((country) => ({ value: country.code, label: names.of(country.code) ?? country.name })).sort((a, b) =>
    a.label.localeCompare(b.label, locale),
  );
}
