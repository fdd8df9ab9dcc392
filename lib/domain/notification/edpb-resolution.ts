import type { Art33Content } from "./art33-content";
import type { NotificationInput } from "./types";

/*
 * The vocabulary the EDPB-template resolvers share. A resolver answers its question from the facts, or says
 * why it cannot: "missing" (the question arises and Breachdesk has no answer; `gap` names a fact Breachdesk
 * has no place for at all) or "not_applicable" (the question does not arise, or arises only once a question it
 * depends on is answered, e.g. integrity details for a confidentiality breach).
 */
export type AnswerValue = string | number | boolean | string[];

/** Facts the template asks for that Breachdesk's incident, organisation and assessment records cannot hold. */
export const FACT_GAPS = {
  registrationIdType: "Breachdesk keeps the registration number but not what kind of number it is (company, organisation or VAT number).",
  sector: "Breachdesk does not record whether the organisation is private or public.",
  organisationSize: "Breachdesk does not record the size of the organisation (micro, small or medium, large).",
  economicActivity: "Breachdesk does not record the organisation's economic activity code.",
  eeaRepresentative:
    "Breachdesk does not record the representative in the EEA that an organisation established outside it must name (Art. 27).",
  reporterFunction: "Breachdesk does not record a description of the filing person's function.",
  reporterNationalId:
    "Breachdesk does not record the filing person's national identification number (asked only where an authority requires it).",
  accuracyDeclaration:
    "Breachdesk does not record a declaration of accuracy by the filing person (asked only where an authority requires it).",
  contactFunction: "Breachdesk does not record the function of a contact point who is not the DPO.",
  datesEstimated: "Breachdesk does not record whether the dates of the breach are estimates.",
  toldByOtherPartyOn: "Breachdesk does not record when the outside party (for example the processor) told the organisation.",
  integrityMisuse: "Nobody has said yet whether the altered data was used (for a decision or a treatment) before it was corrected.",
  notAllInformedReasons: "Breachdesk does not record why some of the people concerned were not told.",
  otherMeans: "Breachdesk does not record a description of a channel other than e-mail, letter, telephone or public notice.",
  establishmentCountries: "Breachdesk records the organisation's country, not the list of its establishments in the EEA.",
  subjectCountries: "Breachdesk does not record the countries where the people concerned live.",
  subjectsPerCountry: "Breachdesk does not record how many of the people concerned live in each country.",
  authoritiesNotified: "Breachdesk does not record which other EEA supervisory authorities were or will be told.",
  gdprScopeOutsideEea: "Breachdesk does not record whether the GDPR applies (Art. 3(2)) to an organisation established outside the EEA.",
  attachmentKinds: "Breachdesk keeps attachments but does not sort them into the kinds of document the template lists.",
} as const;

export type FactGap = keyof typeof FACT_GAPS;

export type Resolution =
  { status: "answered"; value: AnswerValue; derived?: boolean } | { status: "missing"; gap?: FactGap } | { status: "not_applicable" };

export interface ResolverContext {
  input: NotificationInput;
  content: Art33Content;
}

export type Resolver = (context: ResolverContext) => Resolution;

export const answered = (value: AnswerValue, derived = false): Resolution => ({ status: "answered", value, derived });
export const MISSING: Resolution = { status: "missing" };
export const NOT_APPLICABLE: Resolution = { status: "not_applicable" };
export const notCollected = (gap: FactGap): Resolution => ({ status: "missing", gap });

export const orMissing = (value: string | number | null | undefined): Resolution =>
  value == null || value === "" ? MISSING : answered(value);

export const joinParts = (parts: (string | null | undefined)[]): string =>
  parts.filter((part): part is string => part != null && part.trim() !== "").join(", ");

export const unique = (values: string[]): string[] => [...new Set(values)];

export const hasBreachType = (content: Art33Content, type: "confidentiality" | "integrity" | "availability"): boolean =>
  content.nature.breachTypes.includes(type);

/** EU member states plus Iceland, Liechtenstein and Norway ("EL" is the EU's own code for Greece). */
const EEA_COUNTRIES = new Set([
  "AT",
  "BE",
  "BG",
  "HR",
  "CY",
  "CZ",
  "DK",
  "EE",
  "FI",
  "FR",
  "DE",
  "GR",
  "EL",
  "HU",
  "IE",
  "IT",
  "LV",
  "LT",
  "LU",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SK",
  "SI",
  "ES",
  "SE",
  "IS",
  "LI",
  "NO",
]);

/** Whether the organisation is established in the EEA; null while its country is not recorded. */
export function establishedInEea(content: Art33Content): boolean | null {
  const country = content.controller.country;
  return country == null ? null : EEA_COUNTRIES.has(country);
}

export const informed = (input: NotificationInput): boolean =>
  input.communication?.status === "sent" || input.communication?.status === "public_communication";

export const exempted = (input: NotificationInput): boolean =>
  input.communication?.status === "not_required" && (input.assessment?.exemptions.length ?? 0) > 0;
