import type { BreachType } from "@/lib/schemas/breach-facts";
import { FACT_QUESTIONS, type FactQuestion } from "@/lib/domain/risk/questions";

/*
 * The intake wizard's steps, in the order a worried practice manager can answer them: her own words first,
 * the times next (the clock starts at awareness), then the facts as plain questions. Pure data and helpers,
 * so the order, the fields checked per step and the focus target are unit-tested.
 */
export type StepId = "what" | "when" | "how" | "nature" | "people" | "containment" | "review";

export interface IntakeStep {
  id: StepId;
  title: string;
  /** Fixed fields checked before moving on (the fact questions of the step are added by factFieldsOf). */
  fields: string[];
  /** The fact questions asked on this step, by their field in `facts`. */
  questions: string[];
}

export const INTAKE_STEPS: readonly IntakeStep[] = [
  { id: "what", title: "What happened", fields: ["organization", "title", "description"], questions: [] },
  { id: "when", title: "When", fields: ["occurredAt", "discoveredAt", "awareAt", "awarenessDelayReason"], questions: [] },
  { id: "how", title: "How it was discovered", fields: ["discoveryMethod"], questions: [] },
  {
    id: "nature",
    title: "What happened to the data",
    fields: [],
    questions: [
      "role",
      "breachTypes",
      "cause",
      "confidentiality.recipients",
      "confidentiality.exfiltration",
      "availability.backup",
      "availability.restoredWithinHours",
      "availability.permanentLoss",
      "integrity.recoverable",
      "identifiability",
      "encryption",
    ],
  },
  { id: "people", title: "Whose data, and what data", fields: [], questions: ["dataCategories", "subjects.categories", "subjects.count", "records"] },
  {
    id: "containment",
    title: "Containing it",
    fields: ["containment", "ongoing", "containedAt"],
    questions: ["mitigation.dataRetrievedOrDeleted", "mitigation.highRiskNoLongerLikely", "mitigation.individualContactDisproportionate"],
  },
  { id: "review", title: "Check and send", fields: [], questions: [] },
];

/** The questions of a step that apply, given the kinds of breach chosen so far. */
export function questionsOf(step: IntakeStep, breachTypes: readonly string[]): FactQuestion[] {
  return step.questions
    .map((field) => FACT_QUESTIONS.find((question) => question.field === field))
    .filter((question): question is FactQuestion => !!question)
    .filter((question) => !question.onlyFor || breachTypes.includes(question.onlyFor as BreachType));
}

/** Every input checked before leaving the step, in the order they appear on it. */
export function fieldsOf(step: IntakeStep, breachTypes: readonly string[]): string[] {
  const facts = questionsOf(step, breachTypes).map((question) => `facts.${question.field}`);
  return [...step.fields, ...facts];
}

/** The first field of the step, in page order, that has an error: where focus goes. */
export function firstFieldWithError(fields: readonly string[], hasError: (field: string) => boolean): string | undefined {
  return fields.find(hasError);
}

/** The first step (index) holding one of these fields: where to go when the server names a field. */
export function stepOfField(field: string, breachTypes: readonly string[]): number {
  const index = INTAKE_STEPS.findIndex((step) => fieldsOf(step, breachTypes).some((name) => field === name || field.startsWith(`${name}.`) || name.startsWith(`${field}.`)));
  return index === -1 ? 0 : index;
}
