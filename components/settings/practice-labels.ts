/** Text of the practice details form, kept together for translation. */
export const PRACTICE_LABELS = {
  country: "Country where the practice is established",
  countryHint: "It decides which authority you notify and whose public holidays count in deadlines.",
  region: "Land (federal state)",
  regionHint: "In Germany the data-protection authority of the practice's Land receives the notification, not the federal one.",
  regionNone: "Choose the Land",
  timeZone: "Time zone of the practice's clocks",
  timeZoneHint: "Chosen for you from the country; change it only if the practice keeps another time.",
  address: "Postal address",
  addressHint: "As the authority's form asks for it: street, postcode, town.",
} as const;

/** The registration number goes by a different name in each country; where a format is known it is checked. */
const REGISTRATION: Record<string, { label: string; hint: string }> = {
  FR: { label: "Registration number (SIREN or SIRET)", hint: "9 or 14 digits, as on the INSEE notice; the CNIL form asks for it." },
  CZ: { label: "Registration number (IČO)", hint: "8 digits, as in the business register; the ÚOOÚ form asks for it." },
  GB: { label: "Company number, if the practice has one", hint: "As at Companies House, for example 01234567 or SC123456." },
  IE: { label: "Company number (CRO), if the practice has one", hint: "As registered with the Companies Registration Office." },
  DE: {
    label: "Commercial register or VAT number (USt-IdNr.), if any",
    hint: "Leave it empty if the practice has neither, as many doctors' practices do.",
  },
};
const REGISTRATION_OTHER = { label: "Registration number, if any", hint: "The number the practice is registered under, if it has one." };

export function registrationLabels(country: string): { label: string; hint: string } {
  return REGISTRATION[country.toUpperCase()] ?? REGISTRATION_OTHER;
}
