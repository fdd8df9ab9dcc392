import type { createTranslator } from "next-intl";
import type { Messages } from "@/lib/i18n/catalogue";
import { FACT_QUESTIONS, type AnswerOption, type FactQuestion } from "@/lib/domain/risk/questions";
import { knownProblem } from "@/lib/i18n/problems";

/**
 * A translator over the whole catalogue in the reader's language: `useTranslations()` in a component,
 * `await getTranslations()` in an async server component, `translatorFor(locale)` outside React.
 */
export type AppTranslator = ReturnType<typeof createTranslator<Messages>>;
/** A key of the catalogue built at run time (a field path, an option value): checked with `t.has` first. */
type AnyKey = Parameters<AppTranslator["has"]>[0];

/** A key made of a path, when the catalogue has it. */
export function messageOr(t: AppTranslator, key: string, fallback: string, values?: Record<string, string | number>): string {
  return t.has(key as AnyKey) ? (t as (key: string, values?: Record<string, string | number>) => string)(key, values) : fallback;
}

/*
 * The incident's fields in the practice manager's words (catalogue `incident.fields`): the labels of the
 * inputs, the names in error messages ("When you became aware: must not be in the future") and in the conflict
 * panel. A field path's dots become underscores in its key ("facts.subjects.count" → facts_subjects_count).
 */
export function fieldLabel(t: AppTranslator, field: string): string {
  return messageOr(t, `incident.fields.${field.replaceAll(".", "_")}`, field);
}

/**
 * A field's label inside a sentence ("Add about how many records (optional)"): lower-cased where the language
 * does so (`incident.fieldsInSentence` is "lower"), as it is where nouns keep their capital (German: "keep").
 */
export function fieldInSentence(t: AppTranslator, field: string): string {
  const label = fieldLabel(t, field);
  return t("incident.fieldsInSentence") === "lower" ? label.toLowerCase() : label;
}

type Problem = { pattern: RegExp; key: string; values?: (match: RegExpMatchArray) => Record<string, string> };

/** The schema's field names inside messages ("must not be before awareAt"), as the form names those times. */
const EARLIER_FIELDS: Record<string, string> = {
  "occurredAt (when the breach began)": "occurredAt",
  "discoveredAt (when it was discovered)": "discoveredAt",
  awareAt: "awareAt",
};

/*
 * The problems whose English names a field of the incident schema by its id (lib/schemas, English for the API
 * and the CLI): the form says them with the field in words (catalogue `incident.problems`). Every other problem
 * is a message of the "problems" namespace (lib/i18n/problems.ts).
 */
const FORM_PROBLEMS: Problem[] = [
  {
    pattern: /^must not be before (.+): a breach is contained once it is known$/,
    key: "containedBeforeDiscovery",
    values: (m) => ({ earlier: m[1]! }),
  },
  { pattern: /^must not be before (.+)$/, key: "notBefore", values: (m) => ({ earlier: m[1]! }) },
  {
    pattern: /^is required when awareAt is more than 1 hour after discoveredAt: say what was checked in between$/,
    key: "delayReasonRequired",
  },
  { pattern: /^is required: choose the practice this is about$/, key: "choosePractice" },
];

/** A schema's problem ("must not be before awareAt") in the reader's language and the form's words. */
export function problemInWords(t: AppTranslator, problem: string): string {
  for (const { pattern, key, values } of FORM_PROBLEMS) {
    const match = problem.match(pattern);
    if (!match) continue;
    const given = values?.(match) ?? {};
    if (given.earlier !== undefined) {
      const field = EARLIER_FIELDS[given.earlier];
      if (!field) continue;
      given.earlier = t(`incident.problems.earlier.${field as "awareAt"}`);
    }
    return messageOr(t, `incident.problems.${key}`, problem, given);
  }
  const known = knownProblem(problem);
  return known ? messageOr(t, `problems.${known.key}`, problem, known.values) : problem;
}

export function questionFor(field: string): FactQuestion | undefined {
  return FACT_QUESTIONS.find((question) => `facts.${question.field}` === field || question.field === field);
}

/** An option's label in the reader's language (catalogue `incident.questions.<field>.options.<value>`). */
function optionText(t: AppTranslator, question: FactQuestion, option: AnswerOption, part: "label" | "hint"): string | undefined {
  const english = option[part];
  if (english === undefined) return undefined;
  return messageOr(t, `incident.questions.${question.field}.options.${String(option.value)}.${part}`, english);
}

/**
 * A question of the guided questionnaire (lib/domain/risk/questions.ts, English for the API and the CLI) in
 * the reader's language: the same question, values and kinds of answer, its words from `incident.questions`.
 */
export function localizedQuestion(t: AppTranslator, question: FactQuestion): FactQuestion {
  const key = `incident.questions.${question.field}`;
  return {
    ...question,
    question: messageOr(t, `${key}.question`, question.question),
    legalTerm: messageOr(t, `${key}.legalTerm`, question.legalTerm),
    whyItMatters: messageOr(t, `${key}.whyItMatters`, question.whyItMatters),
    options: question.options.map((option) => {
      const hint = optionText(t, question, option, "hint");
      return { value: option.value, label: optionText(t, question, option, "label")!, ...(hint ? { hint } : {}) };
    }),
  };
}

/** The plain-words label of a stored answer ("public" → "Anyone: it was on the internet..."). */
export function answerLabel(t: AppTranslator, field: string, value: unknown): string {
  const question = questionFor(field);
  const option = question?.options.find((candidate) => candidate.value === value);
  if (question && option) return optionText(t, question, option, "label")!;
  if (value === true) return t("incident.answers.yes");
  if (value === false) return t("incident.answers.no");
  if (value === null || value === undefined || value === "") return t("incident.answers.notAnswered");
  return String(value);
}
