/** The registration number goes by a different name in each country; where a format is known it is checked. */
const REGISTRATION_COUNTRIES = ["FR", "CZ", "GB", "IE", "DE"] as const;
type RegistrationCountry = (typeof REGISTRATION_COUNTRIES)[number] | "other";

/** The key (settings.practice.registration.<key>) of the registration number's label and hint in this country. */
export function registrationKey(country: string): RegistrationCountry {
  const code = country.toUpperCase();
  return REGISTRATION_COUNTRIES.find((known) => known === code) ?? "other";
}
