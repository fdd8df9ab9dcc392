import { fieldInSentence, messageOr, type AppTranslator } from "@/components/incidents/field-labels";

/*
 * The cautious answers a new report starts with (issue #5). Each is what "we don't know" means in the facts
 * of docs/INTERFACES.md section 3: a fact nobody has checked yet is assumed to be the one that makes the risk
 * higher, so a default can only make the DPO's suggestion stricter, never milder (if in doubt, notify).
 * They are form values only: the schema stays strict, so the API and `breachdesk assess` still need every
 * fact, and the manager sees each default (in the fold's summary and on the review) and can change it.
 */
export const CAUTIOUS_FACTS = {
  /** A practice reporting its own incident decides about its patients' data. */
  role: "controller",
  identifiability: "direct",
  encryption: "none",
  "confidentiality.exfiltration": "unknown",
  /** Seen is not copied: until someone checks, assume it may have been seen (access is disclosure). */
  "confidentiality.access": "unknown",
  "mitigation.dataRetrievedOrDeleted": "false",
  "mitigation.highRiskNoLongerLikely": "false",
  "mitigation.individualContactDisproportionate": "false",
} as const satisfies Record<string, string>;

/** A medical practice's data is about its patients unless the manager says otherwise. */
export const DEFAULT_SUBJECT_CATEGORIES = ["patients"] as const;

/**
 * Every answer a new report starts with, as the incident input names it: while the reporter leaves one
 * untouched it is sent as assumed (lib/schemas/assumed-facts.ts), so the DPO sees it was never confirmed.
 */
export const PREFILLED_PATHS: readonly string[] = [
  "discoveredAt",
  "awareAt",
  ...Object.keys(CAUTIOUS_FACTS).map((field) => `facts.${field}`),
  "facts.subjects.categories",
];

/**
 * A form value ("true", "direct", "") in a few words, for the folded summary and the review ("not encrypted",
 * catalogue `intake.shortAnswers`); an unanswered one names the question.
 */
export function shortAnswer(t: AppTranslator, field: string, value: string | undefined): string {
  const known = value ? messageOr(t, `intake.shortAnswers.${field}.${value}`, "") : "";
  return known || t("intake.facts.notAnswered", { field: fieldInSentence(t, `facts.${field}`) });
}
