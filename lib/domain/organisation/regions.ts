/**
 * Subdivisions (ISO 3166-2) that decide the competent supervisory authority. Only Germany needs one: a private
 * practice there answers to the data-protection authority of its Land (§ 40 BDSG), not to the federal BfDI.
 */
export interface Region {
  code: string;
  name: string;
}

export const GERMAN_LANDS = [
  { code: "DE-BW", name: "Baden-Württemberg" },
  { code: "DE-BY", name: "Bayern" },
  { code: "DE-BE", name: "Berlin" },
  { code: "DE-BB", name: "Brandenburg" },
  { code: "DE-HB", name: "Bremen" },
  { code: "DE-HH", name: "Hamburg" },
  { code: "DE-HE", name: "Hessen" },
  { code: "DE-MV", name: "Mecklenburg-Vorpommern" },
  { code: "DE-NI", name: "Niedersachsen" },
  { code: "DE-NW", name: "Nordrhein-Westfalen" },
  { code: "DE-RP", name: "Rheinland-Pfalz" },
  { code: "DE-SL", name: "Saarland" },
  { code: "DE-SN", name: "Sachsen" },
  { code: "DE-ST", name: "Sachsen-Anhalt" },
  { code: "DE-SH", name: "Schleswig-Holstein" },
  { code: "DE-TH", name: "Thüringen" },
] as const satisfies readonly Region[];

export type GermanLand = (typeof GERMAN_LANDS)[number]["code"];

const REGIONS_BY_COUNTRY: Record<string, readonly Region[]> = { DE: GERMAN_LANDS };

/** The subdivisions a practice of this country chooses from; empty where the country has one authority. */
export function regionsOf(country: string | null | undefined): readonly Region[] {
  return REGIONS_BY_COUNTRY[(country ?? "").trim().toUpperCase()] ?? [];
}

export function isGermanLand(code: string): code is GermanLand {
  return GERMAN_LANDS.some((land) => land.code === code);
}

/** The region as stored ("DE-BY"), null for none; a problem in words when it does not belong to the country. */
export function checkRegion(
  country: string,
  region: string | null | undefined,
): { ok: true; value: string | null } | { ok: false; problem: string } {
  const code = (region ?? "").trim().toUpperCase();
  if (code === "") return { ok: true, value: null };
  const choices = regionsOf(country);
  if (choices.length === 0)
    return { ok: false, problem: `must be empty: ${country.toUpperCase()} has one authority for the whole country` };
  if (choices.some((choice) => choice.code === code)) return { ok: true, value: code };
  return {
    ok: false,
    problem: `must be one of ${choices.map((choice) => choice.code).join(", ")} (the Land, as ISO 3166-2, such as DE-BY)`,
  };
}
