import type { FactGap, TemplateAnswers } from "../edpb-template-answers";
import type { DocumentLanguage } from "../format-instant";
import { TEMPLATE_WORDS_CS } from "./template-words-cs";
import { TEMPLATE_WORDS_DE } from "./template-words-de";
import { TEMPLATE_WORDS_FR } from "./template-words-fr";

/** The EDPB template's questions and the reasons an answer is missing, in a document's language. */
export interface TemplateWords {
  /** By question id (edpb-questions-*.ts), every one of the 100. */
  questions: Readonly<Record<string, string>>;
  gaps: Readonly<Record<FactGap, string>>;
  notRecorded: string;
}

const WORDS: Partial<Record<DocumentLanguage, TemplateWords>> = { fr: TEMPLATE_WORDS_FR, cs: TEMPLATE_WORDS_CS, de: TEMPLATE_WORDS_DE };

/**
 * The template's answers for a document in `language` (the CNIL's French, the ÚOOÚ's Czech, a German
 * authority's German): the same keys, ids and values, with each question and each reason for a missing
 * answer in that language. English, and a language without words, keep the English text.
 */
export function templateAnswersIn(answers: TemplateAnswers, language: string): TemplateAnswers {
  const words = WORDS[language as DocumentLanguage];
  if (!words) return answers;
  const question = (ref: { questionId: string; question: string }) => words.questions[ref.questionId] ?? ref.question;
  return {
    ...answers,
    answers: answers.answers.map((answer) => ({ ...answer, question: question(answer) })),
    missing: answers.missing.map((gap) => ({
      ...gap,
      question: question(gap),
      reason: gap.gap ? words.gaps[gap.gap] : words.notRecorded,
    })),
  };
}
