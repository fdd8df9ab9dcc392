import type { useTranslations } from "next-intl";
import { BASIS } from "@/lib/domain/risk/basis";
import type { Reason } from "@/lib/domain/risk/types";
import { REASON_PHRASES_CS } from "@/lib/domain/notification/words/reason-phrases-cs";
import { REASON_PHRASES_DE } from "@/lib/domain/notification/words/reason-phrases-de";
import { REASON_PHRASES_FR } from "@/lib/domain/notification/words/reason-phrases-fr";
import type { ReasonFactor, ReasonPhrases } from "@/lib/domain/notification/words/reason-phrases";
import type { Locale } from "@/lib/i18n/locales";

/*
 * The assessment's ids in the reader's language (namespace "assessment"), shared by the page, the questionnaire,
 * the suggestion and the decision form. lib/domain/risk stays English: it is also the API's and the CLI's answer.
 */
export type AssessmentT = ReturnType<typeof useTranslations<"assessment">>;

export const DECISIONS = ["notify", "do_not_notify", "communicate", "do_not_communicate", "public_communication"] as const;
type Decision = (typeof DECISIONS)[number];

export const RISK_IDS = ["none", "risk", "high"] as const;
type RiskId = (typeof RISK_IDS)[number];

const isOneOf = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

export function decisionWords(t: AssessmentT, decision: string): string {
  return isOneOf(DECISIONS, decision) ? t(`decisions.${decision as Decision}`) : decision;
}

export function riskWords(t: AssessmentT, level: string): string {
  return isOneOf(RISK_IDS, level) ? t(`risk.${level as RiskId}`) : level;
}

export function exemptionWords(t: AssessmentT, exemption: string): string {
  return isOneOf(["art34_3_a", "art34_3_b", "art34_3_c"] as const, exemption) ? t(`exemptions.${exemption}`) : exemption;
}

/*
 * A reason in the reader's language. English keeps the risk module's own explanation (with its counts and
 * details); French, Czech and German reuse the phrases the authority documents already give each factor
 * (lib/domain/notification/words), so a factor's words exist once per language.
 */
const PHRASES: Record<Exclude<Locale, "en">, ReasonPhrases> = { fr: REASON_PHRASES_FR, cs: REASON_PHRASES_CS, de: REASON_PHRASES_DE };

export function reasonWords(locale: Locale, reason: Pick<Reason, "factor" | "explanation">): string {
  if (locale === "en") return reason.explanation;
  const phrases = PHRASES[locale];
  return reason.factor in phrases ? `${phrases[reason.factor as ReasonFactor]}.` : reason.explanation;
}

/** The citations of a reason ("GDPR Art. 9(1); GDPR Art. 10"), each in the reader's language. */
const BASIS_KEYS = new Map<string, keyof typeof BASIS | "art33_4" | "art33_5">([
  ...Object.entries(BASIS).map(([key, text]) => [text, key as keyof typeof BASIS] as const),
  ["GDPR Art. 33(4)", "art33_4"],
  ["GDPR Art. 33(5)", "art33_5"],
]);

export function basisWords(t: AssessmentT, basis: string): string {
  return basis
    .split("; ")
    .map((citation) => {
      const key = BASIS_KEYS.get(citation);
      return key ? t(`basis.${key}`) : citation;
    })
    .join("; ");
}

export const riskBadge = (level: string) =>
  level === "high" ? "badge badge-danger" : level === "risk" ? "badge badge-warn" : "badge badge-ok";
