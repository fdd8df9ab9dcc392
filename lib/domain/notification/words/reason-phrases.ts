import type { DocumentLanguage } from "../format-instant";
import { REASON_PHRASES_CS } from "./reason-phrases-cs";
import { REASON_PHRASES_DE } from "./reason-phrases-de";
import { REASON_PHRASES_FR } from "./reason-phrases-fr";

/*
 * The risk module (lib/domain/risk) explains each factor of an assessment in English for the people using the
 * app. An authority's document names the same factors in its own language: one short phrase per factor code.
 */
export const REASON_FACTORS = [
  "access_confirmed",
  "access_not_ruled_out",
  "access_ruled_out",
  "accidental_cause",
  "altered_sensitive_records",
  "art34_3_a",
  "art34_3_b",
  "art34_3_c",
  "care_depends_on_records",
  "care_disrupted",
  "care_not_disrupted",
  "cause_unknown",
  "communicate_subjects",
  "confidentiality_details_missing",
  "credentials",
  "data_categories_unknown",
  "data_retrieved_or_deleted",
  "direct_identification",
  "dpc_base",
  "exfiltration_confirmed",
  "exfiltration_not_ruled_out",
  "exfiltration_ruled_out",
  "identity_or_financial_data",
  "indirect_identification",
  "integrity_not_recoverable",
  "integrity_recoverable",
  "known_untrusted_recipient",
  "large_scale",
  "malicious_intent",
  "no_backup",
  "no_notification_needed",
  "no_subjects_counted",
  "not_personal_data_breach",
  "notify_authority",
  "ordinary_data_only",
  "patient_relationship_inferable",
  "permanent_loss",
  "private_life_data",
  "processor_role",
  "prolonged_unavailability",
  "pseudonymised_data",
  "public_or_unknown_recipients",
  "quick_restore_from_backup",
  "recipient_could_harm",
  "recipient_not_trusted",
  "severity_differs_from_level",
  "special_category_data",
  "state_of_the_art_encryption",
  "trusted_recipient_deleted",
  "use_before_correction_unknown",
  "used_before_correction",
  "vulnerable_subjects",
  "weak_or_compromised_encryption",
] as const;

export type ReasonFactor = (typeof REASON_FACTORS)[number];
export type ReasonPhrases = Record<ReasonFactor, string>;

const PHRASES: Partial<Record<DocumentLanguage, ReasonPhrases>> = { fr: REASON_PHRASES_FR, cs: REASON_PHRASES_CS, de: REASON_PHRASES_DE };

/**
 * The assessment's reasons as one paragraph in the document's language: English keeps the risk module's own
 * explanations; other languages name each factor once. A factor without a phrase is left out rather than printed
 * in English (tests/unit/notification/document-language.test.ts keeps every factor covered).
 */
export function reasonsText(language: DocumentLanguage, factors: readonly string[], explanations: readonly string[]): string | null {
  const phrases = PHRASES[language];
  if (!phrases) return explanations.length ? explanations.join(" ") : null;
  const named = [...new Set(factors)].flatMap((factor) => (factor in phrases ? [phrases[factor as ReasonFactor]] : []));
  return named.length ? `${named.join("; ")}.` : null;
}
