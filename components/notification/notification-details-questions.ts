import { createTranslator, type useTranslations } from "next-intl";
import { TEMPLATE_QUESTIONS, type TemplateOption } from "@/lib/domain/notification/edpb-template-questions";
import { en } from "@/lib/i18n/messages/en";

/*
 * The notification-details questions in the practice's words (catalogue notification.questions, in the reader's
 * language), each tied to the EDPB template question(s) it answers: the reference shown beside it ("EDPB
 * template 3.2") and the predefined options come from the template model (edpb-questions-*.ts), so the form
 * offers exactly the template's answers, worded by the catalogue's notification.templateOptions.
 */
export type NotificationT = ReturnType<typeof useTranslations<"notification">>;

/** The English words, for callers without a reader (tests); only the English catalogue, the reference. */
const ENGLISH: NotificationT = createTranslator({ locale: "en", messages: en, namespace: "notification" });

export interface DetailQuestion {
  /** The template questions this answer fills, by id. */
  templateIds: readonly string[];
}

/** Each question's words are the catalogue's notification.questions.<key> (question, and hint where it has one). */
export const DETAIL_QUESTIONS = {
  filedBy: { templateIds: ["reporter.name", "reporter.contact", "reporter.function"] },
  otherPartiesInvolved: { templateIds: ["otherParties.involved", "otherParties.roles", "otherParties.names", "otherParties.contacts"] },
  discoveredBy: { templateIds: ["timeline.discoveredBy"] },
  incidentType: { templateIds: ["nature.incidentType"] },
  causeOrigin: { templateIds: ["nature.cause"] },
  systemsInvolved: { templateIds: ["nature.systems"] },
  dataItems: { templateIds: ["data.description"] },
  protectionMeasures: { templateIds: ["protection.measures"] },
  measuresInPlace: { templateIds: ["protection.description"] },
  likelyConsequences: { templateIds: ["consequences.otherImpact"] },
  preventionMeasures: { templateIds: ["measures.prevention"] },
  measuresProposed: { templateIds: ["measures.preventionDescription"] },
  communicationPlannedFor: { templateIds: ["communication.plannedDate"] },
  reportedToPolice: { templateIds: ["other.police"] },
  otherAuthoritiesTold: { templateIds: ["other.otherAuthorities"] },
  otherAuthoritiesNotified: { templateIds: ["other.otherAuthoritiesDetails"] },
  crossBorder: { templateIds: ["crossBorder.involved"] },
} as const satisfies Record<string, DetailQuestion>;

export type DetailQuestionKey = keyof typeof DETAIL_QUESTIONS;

const byId = new Map(TEMPLATE_QUESTIONS.map((question) => [question.id, question]));

export function questionOf(key: DetailQuestionKey, t: NotificationT = ENGLISH): string {
  return t(`questions.${key}.question`);
}

export function hintOf(key: DetailQuestionKey, t: NotificationT = ENGLISH): string | undefined {
  return t.has(`questions.${key}.hint` as never) ? (t as unknown as (key: string) => string)(`questions.${key}.hint`) : undefined;
}

/** "EDPB template 3.5; GDPR Art. 32": where the answer goes, in the template's and the law's numbering. */
export function referenceOf(key: DetailQuestionKey, t: NotificationT = ENGLISH): string {
  const questions = DETAIL_QUESTIONS[key].templateIds.map((id) => byId.get(id)).filter((question) => question !== undefined);
  const sections = [...new Set(questions.map((question) => question.edpbSection))];
  const gdpr = [...new Set(questions.flatMap((question) => (question.gdpr ? [question.gdpr] : [])))];
  return [
    t("details.referenceTemplate", { sections: sections.join(", ") }),
    ...gdpr.map((article) => t("details.referenceGdpr", { article })),
  ].join("; ");
}

/** The template questions whose options the form offers, and where their words are in the catalogue. */
export const OPTION_WORDS = {
  "reporter.function": "reporterFunction",
  "timeline.discoveredBy": "discoveredBy",
  "nature.incidentType": "incidentType",
  "protection.measures": "measures",
  "measures.prevention": "measures",
} as const;

/** The template's predefined options for a question: its own values, labelled in the reader's language. */
export function optionsOf(templateId: keyof typeof OPTION_WORDS, t: NotificationT = ENGLISH): readonly TemplateOption[] {
  const options = byId.get(templateId)?.options;
  if (!options) throw new Error(`The template question ${templateId} has no options`);
  const say = t as unknown as (key: string) => string;
  return options.map((option) => ({ value: option.value, label: say(`templateOptions.${OPTION_WORDS[templateId]}.${option.value}`) }));
}

/** True when the template still lacks a required answer this question gives. */
export function stillNeeded(key: DetailQuestionKey, missingRequired: ReadonlySet<string>): boolean {
  return DETAIL_QUESTIONS[key].templateIds.some((id) => missingRequired.has(id));
}
