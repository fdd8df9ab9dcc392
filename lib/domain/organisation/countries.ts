/**
 * The countries a practice can be established in: those whose authority or rules the app knows (the EU and
 * EEA Member States for the GDPR, the United Kingdom, Switzerland, the United States for HIPAA). Each has
 * the zone a practice there most likely keeps its clocks in; where a country spans several zones (Spain,
 * Portugal, the United States) the mainland or most populous one is suggested and the others stay choosable.
 */
export interface SupportedCountry {
  code: string;
  name: string;
  zone: string;
}

export const SUPPORTED_COUNTRIES: readonly SupportedCountry[] = [
  { code: "AT", name: "Austria", zone: "Europe/Vienna" },
  { code: "BE", name: "Belgium", zone: "Europe/Brussels" },
  { code: "BG", name: "Bulgaria", zone: "Europe/Sofia" },
  { code: "HR", name: "Croatia", zone: "Europe/Zagreb" },
  { code: "CY", name: "Cyprus", zone: "Asia/Nicosia" },
  { code: "CZ", name: "Czechia", zone: "Europe/Prague" },
  { code: "DK", name: "Denmark", zone: "Europe/Copenhagen" },
  { code: "EE", name: "Estonia", zone: "Europe/Tallinn" },
  { code: "FI", name: "Finland", zone: "Europe/Helsinki" },
  { code: "FR", name: "France", zone: "Europe/Paris" },
  { code: "DE", name: "Germany", zone: "Europe/Berlin" },
  { code: "GR", name: "Greece", zone: "Europe/Athens" },
  { code: "HU", name: "Hungary", zone: "Europe/Budapest" },
  { code: "IS", name: "Iceland", zone: "Atlantic/Reykjavik" },
  { code: "IE", name: "Ireland", zone: "Europe/Dublin" },
  { code: "IT", name: "Italy", zone: "Europe/Rome" },
  { code: "LV", name: "Latvia", zone: "Europe/Riga" },
  { code: "LI", name: "Liechtenstein", zone: "Europe/Vaduz" },
  { code: "LT", name: "Lithuania", zone: "Europe/Vilnius" },
  { code: "LU", name: "Luxembourg", zone: "Europe/Luxembourg" },
  { code: "MT", name: "Malta", zone: "Europe/Malta" },
  { code: "NL", name: "Netherlands", zone: "Europe/Amsterdam" },
  { code: "NO", name: "Norway", zone: "Europe/Oslo" },
  { code: "PL", name: "Poland", zone: "Europe/Warsaw" },
  { code: "PT", name: "Portugal", zone: "Europe/Lisbon" },
  { code: "RO", name: "Romania", zone: "Europe/Bucharest" },
  { code: "SK", name: "Slovakia", zone: "Europe/Bratislava" },
  { code: "SI", name: "Slovenia", zone: "Europe/Ljubljana" },
  { code: "ES", name: "Spain", zone: "Europe/Madrid" },
  { code: "SE", name: "Sweden", zone: "Europe/Stockholm" },
  { code: "CH", name: "Switzerland", zone: "Europe/Zurich" },
  { code: "GB", name: "United Kingdom", zone: "Europe/London" },
  { code: "US", name: "United States", zone: "America/New_York" },
];

const BY_CODE = new Map(SUPPORTED_COUNTRIES.map((country) => [country.code, country]));

export function supportedCountry(code: string): SupportedCountry | null {
  return BY_CODE.get(code.trim().toUpperCase()) ?? null;
}

/** The zone to preselect for a country, or null for one the app does not know. */
export function suggestedZone(code: string): string | null {
  return supportedCountry(code)?.zone ?? null;
}
