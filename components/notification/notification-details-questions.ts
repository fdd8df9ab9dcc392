import { TEMPLATE_QUESTIONS, type TemplateOption } from "@/lib/domain/notification/edpb-template-questions";

/*
 * The notification-details questions in the practice's words, each tied to the EDPB template question(s) it
 * answers: the reference shown beside it ("EDPB template 3.2") and the predefined options come from the
 * template model (edpb-questions-*.ts), so the form offers exactly the template's answers.
 */
export interface DetailQuestion {
  question: string;
  hint?: string;
  /** The template questions this answer fills, by id. */
  templateIds: readonly string[];
}

export const DETAIL_QUESTIONS = {
  filedBy: {
    question: "Who files this notification?",
    hint: "By default the data protection officer named in the practice settings files it and is the contact point.",
    templateIds: ["reporter.name", "reporter.contact", "reporter.function"],
  },
  otherPartiesInvolved: {
    question: "Were other organisations involved, such as an IT provider (processor) or a joint controller?",
    templateIds: ["otherParties.involved", "otherParties.roles", "otherParties.names", "otherParties.contacts"],
  },
  discoveredBy: { question: "Who found the breach?", templateIds: ["timeline.discoveredBy"] },
  incidentType: { question: "What kind of incident was it?", templateIds: ["nature.incidentType"] },
  causeOrigin: {
    question: "Did the cause come from inside the practice or from outside?",
    hint: "Combined with “accident or on purpose” from the breach facts. Not needed when the cause is unknown.",
    templateIds: ["nature.cause"],
  },
  systemsInvolved: {
    question: "Which systems, software or services were involved, and where are they?",
    hint: "For example: the practice software on the reception PC, the booking website run by our provider, a USB stick.",
    templateIds: ["nature.systems"],
  },
  dataItems: {
    question: "Which data items exactly were involved?",
    hint: "In a few words, for example: name and date of birth, no address. The letters to the people list exactly this.",
    templateIds: ["data.description"],
  },
  protectionMeasures: {
    question: "Which protection was in place when it happened?",
    hint: "Tick what applied. Encryption, backups and pseudonymisation recorded in the breach facts are added for you.",
    templateIds: ["protection.measures"],
  },
  measuresInPlace: { question: "Describe that protection in a few words.", templateIds: ["protection.description"] },
  likelyConsequences: {
    question: "In your own words, what could happen to the people affected?",
    hint: "Leave empty to use what Breachdesk suggests from the breach facts and the assessment.",
    templateIds: ["consequences.otherImpact"],
  },
  preventionMeasures: { question: "What will you do so that it does not happen again?", templateIds: ["measures.prevention"] },
  measuresProposed: { question: "Describe those measures.", templateIds: ["measures.preventionDescription"] },
  communicationPlannedFor: {
    question: "If the people affected will be told but have not been yet: on which date?",
    templateIds: ["communication.plannedDate"],
  },
  reportedToPolice: { question: "Has the incident been reported to the police or a prosecutor?", templateIds: ["other.police"] },
  otherAuthoritiesTold: {
    question: "Has it been reported to other authorities, for example a cyber-security centre?",
    templateIds: ["other.otherAuthorities"],
  },
  otherAuthoritiesNotified: {
    question: "Which authorities or bodies, with their case numbers?",
    templateIds: ["other.otherAuthoritiesDetails"],
  },
  crossBorder: {
    question: "Does the breach involve processing across borders (establishments in several EEA countries, or people affected in several)?",
    hint: "If yes, the lead authority is the one set in the practice settings.",
    templateIds: ["crossBorder.involved"],
  },
} as const satisfies Record<string, DetailQuestion>;

export type DetailQuestionKey = keyof typeof DETAIL_QUESTIONS;

const byId = new Map(TEMPLATE_QUESTIONS.map((question) => [question.id, question]));

/** "EDPB template 3.5; GDPR Art. 32": where the answer goes, in the template's and the law's numbering. */
export function referenceOf(key: DetailQuestionKey): string {
  const questions = DETAIL_QUESTIONS[key].templateIds.map((id) => byId.get(id)).filter((question) => question !== undefined);
  const sections = [...new Set(questions.map((question) => question.edpbSection))];
  const gdpr = [...new Set(questions.flatMap((question) => (question.gdpr ? [question.gdpr] : [])))];
  return [`EDPB template ${sections.join(", ")}`, ...gdpr.map((article) => `GDPR ${article}`)].join("; ");
}

/** The template's predefined options for a question (its own values, our labels). */
export function optionsOf(templateId: string): readonly TemplateOption[] {
  const options = byId.get(templateId)?.options;
  if (!options) throw new Error(`The template question ${templateId} has no options`);
  return options;
}

/** True when the template still lacks a required answer this question gives. */
export function stillNeeded(key: DetailQuestionKey, missingRequired: ReadonlySet<string>): boolean {
  return DETAIL_QUESTIONS[key].templateIds.some((id) => missingRequired.has(id));
}
