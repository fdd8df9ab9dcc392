import { isSpecialCategory, type DataCategory, type SubjectCategory } from "@/lib/schemas/breach-facts";
import type { AssessmentSummary, BreachFactsDraft } from "./types";

/*
 * Likely consequences (Art. 33(3)(c)) derived from the facts when the manager has not described them.
 * Codes rather than sentences, so that every authority profile and every letter can word them in its own
 * language. The list follows the harms named in GDPR recital 85 and the EDPB guidance.
 */
export const CONSEQUENCE_CODES = [
  "loss_of_confidentiality_health",
  "disclosure_of_sensitive_data",
  "identity_fraud",
  "phishing_and_impersonation",
  "account_takeover",
  "financial_loss",
  "discrimination_or_reputation",
  "distress",
  "disrupted_care",
  "incorrect_records",
  "permanent_data_loss",
] as const;

export type ConsequenceCode = (typeof CONSEQUENCE_CODES)[number];

/** Staff data only (employees, job applicants): no patient's care can depend on it. */
const STAFF_CATEGORIES: readonly SubjectCategory[] = ["employees", "job_applicants"];

export function concernsStaffOnly(facts: BreachFactsDraft | null | undefined): boolean {
  const subjects = facts?.subjects?.categories ?? [];
  return subjects.length > 0 && subjects.every((category) => STAFF_CATEGORIES.includes(category));
}

/** Health in the narrow sense of medical confidentiality: health records and medical images (Art. 4(15)). */
const HEALTH_CATEGORIES: readonly DataCategory[] = ["health", "medical_images"];

export function deriveConsequences(facts: BreachFactsDraft | null | undefined): ConsequenceCode[] {
  const found = new Set<ConsequenceCode>();
  const categories: readonly DataCategory[] = facts?.dataCategories ?? [];
  const types = facts?.breachTypes ?? [];
  const confidentiality = types.includes("confidentiality");

  if (confidentiality) {
    if (categories.some((category) => HEALTH_CATEGORIES.includes(category))) found.add("loss_of_confidentiality_health");
    if (categories.some((category) => isSpecialCategory(category) && !HEALTH_CATEGORIES.includes(category))) {
      found.add("disclosure_of_sensitive_data");
    }
    if (categories.includes("official_id") || (categories.includes("identification") && categories.includes("financial"))) {
      found.add("identity_fraud");
    }
    if (categories.includes("contact") || categories.includes("identification")) found.add("phishing_and_impersonation");
    if (categories.includes("credentials")) found.add("account_takeover");
    if (categories.includes("financial")) found.add("financial_loss");
    if (categories.some((category) => isSpecialCategory(category))) found.add("discrimination_or_reputation");
    if (categories.length > 0) found.add("distress");
  }
  if (types.includes("availability")) {
    // Care can only be delayed where the data serves someone's care, and not once the practice knows it was not.
    if (!concernsStaffOnly(facts) && facts?.availability?.careDisrupted !== false) found.add("disrupted_care");
    if (facts?.availability?.permanentLoss) found.add("permanent_data_loss");
  }
  if (types.includes("integrity")) found.add("incorrect_records");
  // Keep a stable order so documents and diffs do not change when nothing changed.
  return CONSEQUENCE_CODES.filter((code) => found.has(code));
}

/** The explanations of the assessment's reasons that raise the risk: the "why" behind the consequences. */
export function consequenceReasons(assessment: AssessmentSummary | null | undefined): string[] {
  return (assessment?.reasons ?? [])
    .filter((reason) => reason.effect !== "lowers")
    .map((reason) => reason.explanation)
    .filter((text) => text.trim().length > 0);
}

/** The factor codes of the same reasons, so that a document can name them in its own language. */
export function consequenceFactors(assessment: AssessmentSummary | null | undefined): string[] {
  return (assessment?.reasons ?? [])
    .filter((reason) => reason.effect !== "lowers" && reason.explanation.trim().length > 0)
    .map((reason) => reason.factor);
}

/**
 * Likely consequences in English for the register and the exports: the practice's own description first, kept as
 * typed, then what the facts suggest. Neither replaces the other: the practice knows its patients, the rules know
 * the data.
 */
export function consequencesInEnglish(facts: BreachFactsDraft | null | undefined, practiceText: string | null | undefined): string[] {
  const own = practiceText?.trim();
  return [...(own ? [own] : []), ...deriveConsequences(facts).map((code) => CONSEQUENCE_TEXT_EN[code])];
}

/** English sentences for the JSON export and the register; profiles word the codes in their own language. */
export const CONSEQUENCE_TEXT_EN: Record<ConsequenceCode, string> = {
  loss_of_confidentiality_health: "Health information protected by medical confidentiality may be known to others.",
  disclosure_of_sensitive_data: "Sensitive information about the people (special categories) may be disclosed.",
  identity_fraud: "The data could be used to impersonate the people or commit identity fraud.",
  phishing_and_impersonation: "The people may receive phishing messages or calls pretending to come from the practice.",
  account_takeover: "Accounts could be taken over with the exposed passwords or access codes.",
  financial_loss: "The people may suffer financial loss through misuse of their payment or bank details.",
  discrimination_or_reputation: "Disclosure could lead to discrimination or damage to reputation.",
  distress: "The people may suffer worry and distress about who has seen their information.",
  disrupted_care: "Care may be delayed or disrupted while the records cannot be accessed.",
  incorrect_records: "Decisions or treatment could rely on records that were altered.",
  permanent_data_loss: "Some records are lost for good, which may affect the people's future care.",
};
