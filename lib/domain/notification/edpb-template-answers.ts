import { buildArt33Content } from "./art33-content";
import {
  FACT_GAPS,
  MISSING,
  type AnswerValue,
  type FactGap,
  type Resolution,
  type Resolver,
  type ResolverContext,
} from "./edpb-resolution";
import { CONSEQUENCES_COMMUNICATION_RESOLVERS } from "./edpb-resolvers-consequences-communication";
import { INITIAL_INFORMATION_RESOLVERS } from "./edpb-resolvers-initial-information";
import { NOTIFICATION_CONTROLLER_RESOLVERS } from "./edpb-resolvers-notification-controller";
import { OTHER_ATTACHMENTS_RESOLVERS } from "./edpb-resolvers-other-attachments";
import { TEMPLATE_QUESTIONS, type TemplateQuestion } from "./edpb-template-questions";
import type { NotificationSectionId } from "./sections";
import type { NotificationInput } from "./types";

/*
 * Answers every question of the EDPB template from NotificationInput, or lists it as missing in plain words:
 * each of the 100 questions lands in exactly one of `answers`, `missing` or `notApplicable` (issue #8).
 * Answers inferred by Breachdesk rather than typed by a person are flagged `derived`, so a reviewer sees them.
 */
export type { AnswerValue, FactGap } from "./edpb-resolution";
export { FACT_GAPS } from "./edpb-resolution";

interface QuestionRef {
  questionId: string;
  edpbField: number;
  edpbSection: string;
  section: NotificationSectionId;
  question: string;
}

export interface TemplateAnswer extends QuestionRef {
  value: AnswerValue;
  derived: boolean;
}

export interface TemplateGap extends QuestionRef {
  /** False for the template's optional questions: the notification can be filed without them. */
  required: boolean;
  /** Set when Breachdesk has no place for the fact at all (it needs adding), rather than no value yet. */
  gap: FactGap | null;
  /** Why there is no answer, in plain words. */
  reason: string;
}

export interface TemplateAnswers {
  answers: TemplateAnswer[];
  missing: TemplateGap[];
  /** Questions that do not arise for this incident, or not until a missing answer is given. */
  notApplicable: string[];
  coverage: { questions: number; answered: number; missing: number; missingRequired: number; notApplicable: number };
}

const RESOLVERS: Record<string, Resolver> = {
  ...NOTIFICATION_CONTROLLER_RESOLVERS,
  ...INITIAL_INFORMATION_RESOLVERS,
  ...CONSEQUENCES_COMMUNICATION_RESOLVERS,
  ...OTHER_ATTACHMENTS_RESOLVERS,
};

const NOT_RECORDED = "Not recorded for this incident yet.";

export function answerTemplate(input: NotificationInput, now: string | Date): TemplateAnswers {
  const context: ResolverContext = { input, content: buildArt33Content(input, now) };
  const answers: TemplateAnswer[] = [];
  const missing: TemplateGap[] = [];
  const notApplicable: string[] = [];
  for (const question of TEMPLATE_QUESTIONS) {
    const resolution = resolve(question, context);
    const ref: QuestionRef = {
      questionId: question.id,
      edpbField: question.edpbField,
      edpbSection: question.edpbSection,
      section: question.section,
      question: question.question,
    };
    if (resolution.status === "answered") {
      answers.push({ ...ref, value: resolution.value, derived: resolution.derived ?? false });
    } else if (resolution.status === "missing") {
      const gap = resolution.gap ?? null;
      missing.push({ ...ref, required: question.mandatory !== "no", gap, reason: gap ? FACT_GAPS[gap] : NOT_RECORDED });
    } else {
      notApplicable.push(question.id);
    }
  }
  const coverage = {
    questions: TEMPLATE_QUESTIONS.length,
    answered: answers.length,
    missing: missing.length,
    missingRequired: missing.filter((item) => item.required).length,
    notApplicable: notApplicable.length,
  };
  return { answers, missing, notApplicable, coverage };
}

function resolve(question: TemplateQuestion, context: ResolverContext): Resolution {
  const resolver = RESOLVERS[question.id];
  // A question without a resolver is a bug in the resolvers; list it as missing rather than drop it silently.
  return resolver ? resolver(context) : MISSING;
}

/** Ids of questions that have no resolver: used by the tests to keep the model and the mapper in step. */
export function unresolvedQuestionIds(): string[] {
  return TEMPLATE_QUESTIONS.filter((question) => !(question.id in RESOLVERS)).map((question) => question.id);
}

/** Resolvers that answer no question (a renamed or dropped question): the other half of the same check. */
export function orphanResolverIds(): string[] {
  const ids = new Set(TEMPLATE_QUESTIONS.map((question) => question.id));
  return Object.keys(RESOLVERS).filter((id) => !ids.has(id));
}
