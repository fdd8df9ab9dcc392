import { isGermanLand, type GermanLand } from "@/lib/domain/organisation/regions";
import { CNIL_PROFILE } from "./cnil";
import { DPC_PROFILE } from "./dpc";
import { EDPB_GENERIC_PROFILE } from "./edpb-generic";
import { DSB_PROFILE, GERMANY_LAND_UNKNOWN_PROFILE, LAND_PROFILES } from "./german-language-profiles";
import { ICO_PROFILE } from "./ico";
import type { AuthorityId, AuthorityProfile } from "./profile-types";
import { UOOU_PROFILE } from "./uoou";

/**
 * Every authority Breachdesk has a form for, by id; the 16 Länder under "de-bw" ... "de-th". Not the
 * German profile without a Land ("de"): nobody files with it, it only says the Land is missing.
 */
export const AUTHORITY_PROFILES: Readonly<Record<Exclude<AuthorityId, "de">, AuthorityProfile>> = {
  cnil: CNIL_PROFILE,
  ico: ICO_PROFILE,
  dpc: DPC_PROFILE,
  uoou: UOOU_PROFILE,
  ...(Object.fromEntries(Object.values(LAND_PROFILES).map((profile) => [profile.id, profile])) as Record<
    Lowercase<GermanLand>,
    AuthorityProfile
  >),
  dsb: DSB_PROFILE,
  edpb: EDPB_GENERIC_PROFILE,
};

const BY_COUNTRY: Record<string, AuthorityProfile> = {
  FR: CNIL_PROFILE,
  GB: ICO_PROFILE,
  UK: ICO_PROFILE, // not an ISO code, but what people type
  IE: DPC_PROFILE,
  CZ: UOOU_PROFILE,
  AT: DSB_PROFILE,
  // Germany is chosen by Land (below); the country alone only says the Land is still missing.
  DE: GERMANY_LAND_UNKNOWN_PROFILE,
};

/** Resolves an authority id ("cnil", "de-by"), a Land ("DE-BY") or a country code ("IE") to a profile, or null. */
function profileFor(nameOrCountry: string): AuthorityProfile | null {
  const key = nameOrCountry.trim();
  const upper = key.toUpperCase();
  if (isGermanLand(upper)) return LAND_PROFILES[upper];
  return (AUTHORITY_PROFILES as Readonly<Record<string, AuthorityProfile>>)[key.toLowerCase()] ?? BY_COUNTRY[upper] ?? null;
}

/**
 * The competent authority: the lead authority named for cross-border processing (Art. 56) when we know its
 * profile, otherwise the authority of the organisation's country (in Germany, of its Land: § 40 BDSG), otherwise
 * the generic EDPB-template profile. A German practice without a known Land gets no Land authority by guess.
 */
export function selectAuthority(
  country: string | null | undefined,
  leadAuthority?: string | null,
  region?: string | null,
): AuthorityProfile {
  if (leadAuthority && leadAuthority.trim() !== "") {
    const lead = profileFor(leadAuthority);
    if (lead) return lead;
  }
  const code = country?.trim().toUpperCase() ?? "";
  if (code === "DE") {
    const land = region?.trim().toUpperCase() ?? "";
    return isGermanLand(land) ? LAND_PROFILES[land] : GERMANY_LAND_UNKNOWN_PROFILE;
  }
  return BY_COUNTRY[code] ?? EDPB_GENERIC_PROFILE;
}
