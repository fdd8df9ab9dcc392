import { BASIS } from "./basis";
import { count, listed, type BreachProfile } from "./profile";
import type { Reason } from "./types";

/**
 * What kind of data and people are involved, before looking at what happened to it. Every factor that is
 * present is stated, so the reasons always show why the data weighs what it weighs.
 */
export function dataNatureReasons(profile: BreachProfile): Reason[] {
  const reasons: Reason[] = [];
  if (profile.special.length > 0) {
    const criminal = profile.special.includes("criminal");
    reasons.push({
      factor: "special_category_data",
      effect: "raises",
      explanation:
        `The data includes ${listed(profile.special)}: ` +
        `sensitive data whose exposure can lead to ` +
        `discrimination, stigma or distress.`,
      basis: criminal && profile.special.length === 1 ? BASIS.art10 : criminal ? `${BASIS.art9}; ${BASIS.art10}` : BASIS.art9,
    });
  }
  if (profile.identityOrFinancial.length > 0) {
    reasons.push({
      factor: "identity_or_financial_data",
      effect: "raises",
      explanation: `The data includes ${listed(profile.identityOrFinancial)}, which can be used for fraud or identity theft.`,
      basis: BASIS.recital85,
    });
  }
  if (profile.credentials) {
    reasons.push({
      factor: "credentials",
      effect: "raises",
      explanation: "Log-in details were involved: with them someone can take over accounts, also elsewhere if the password was reused.",
      basis: BASIS.credentialStuffing,
    });
  }
  if (profile.privateLife.length > 0) {
    reasons.push({
      factor: "private_life_data",
      effect: "raises",
      explanation: `The data includes ${listed(profile.privateLife)}, which reveals private life.`,
      basis: BASIS.riskFactors,
    });
  }
  if (profile.inCare && profile.special.length === 0) {
    reasons.push({
      factor: "patient_relationship_inferable",
      effect: "raises",
      explanation: profile.patients
        ? "The people are patients: even without medical details, being on a medical practice's list says something about their health."
        : `The people are ${listed(profile.vulnerable)} in the practice's care: being on a medical practice's ` +
          `list says something about their health.`,
      basis: BASIS.riskFactors,
    });
  }
  if (profile.vulnerable.length > 0) {
    reasons.push({
      factor: "vulnerable_subjects",
      effect: "raises",
      explanation:
        `The people include ${listed(profile.vulnerable)}, ` +
        `who are less able to protect themselves ` +
        `and need particular protection.`,
      basis: profile.vulnerable.includes("children") ? `${BASIS.recital38}; ${BASIS.recital75}` : BASIS.recital75,
    });
  }
  if (profile.largeScale) {
    reasons.push({
      factor: "large_scale",
      effect: "raises",
      explanation: `About ${count(profile.subjectCount)} people are affected; the more people, the more likely some of them are harmed.`,
      basis: BASIS.recital75,
    });
  }
  if (profile.subjectCount === 0) {
    reasons.push({
      factor: "no_subjects_counted",
      effect: "neutral",
      explanation:
        "Nobody is counted as affected. If no one's personal data was involved, this is not a personal-data " +
        "breach; if the number is simply unknown yet, the other facts decide, as they do here.",
      basis: BASIS.art4_12,
    });
  }
  if (profile.noCategories) {
    reasons.push({
      factor: "data_categories_unknown",
      effect: "neutral",
      explanation: "No kind of data is recorded yet: the assessment treats it as ordinary data and may rise once the facts are complete.",
      basis: BASIS.riskFactors,
    });
  } else if (isOrdinaryOnly(profile)) {
    reasons.push({
      factor: "ordinary_data_only",
      effect: "lowers",
      explanation: "Only ordinary identification or contact data is involved: on its own it seldom causes serious harm.",
      basis: BASIS.riskFactors,
    });
  }
  return reasons;
}

/** Data whose exposure to strangers makes the risk high (fraud, account takeover, private life, inference). */
export function weighsHighWhenExposedWidely(profile: BreachProfile): boolean {
  return (
    profile.identityOrFinancial.length > 0 || profile.credentials || profile.privateLife.length > 0 || profile.inCare || profile.largeScale
  );
}

export function isOrdinaryOnly(profile: BreachProfile): boolean {
  return (
    profile.special.length === 0 && profile.identityOrFinancial.length === 0 && !profile.credentials && profile.privateLife.length === 0
  );
}
