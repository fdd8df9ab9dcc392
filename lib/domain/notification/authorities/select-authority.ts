import { CNIL_PROFILE } from "./cnil";
import { DPC_PROFILE } from "./dpc";
import { EDPB_GENERIC_PROFILE } from "./edpb-generic";
import { ICO_PROFILE } from "./ico";
import type { AuthorityId, AuthorityProfile } from "./profile-types";
import { UOOU_PROFILE } from "./uoou";

export const AUTHORITY_PROFILES: Record<AuthorityId, AuthorityProfile> = {
  cnil: CNIL_PROFILE,
  ico: ICO_PROFILE,
  dpc: DPC_PROFILE,
  uoou: UOOU_PROFILE,
  edpb: EDPB_GENERIC_PROFILE,
};

const BY_COUNTRY: Record<string, AuthorityProfile> = {
  FR: CNIL_PROFILE,
  GB: ICO_PROFILE,
  UK: ICO_PROFILE, // not an ISO code, but what people type
  IE: DPC_PROFILE,
  CZ: UOOU_PROFILE,
};

/** Resolves an authority id ("cnil") or a country code ("IE") to a profile, or null when unknown. */
function profileFor(nameOrCountry: string): AuthorityProfile | null {
  const key = nameOrCountry.trim();
  const byId = AUTHORITY_PROFILES[key.toLowerCase() as AuthorityId];
  return byId ?? BY_COUNTRY[key.toUpperCase()] ?? null;
}

/**
 * The competent authority: the lead authority named for cross-border processing (Art. 56) when we know its
 * profile, otherwise the authority of the organisation's country, otherwise the generic EDPB-template profile.
 */
export function selectAuthority(country: string | null | undefined, leadAuthority?: string | null): AuthorityProfile {
  if (leadAuthority && leadAuthority.trim() !== "") {
    const lead = profileFor(leadAuthority);
    if (lead) return lead;
  }
  if (country && country.trim() !== "") {
    const national = BY_COUNTRY[country.trim().toUpperCase()];
    if (national) return national;
  }
  return EDPB_GENERIC_PROFILE;
}
