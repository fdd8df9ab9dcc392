import type { BreachType } from "@/lib/schemas/breach-facts";
import { FACT_QUESTIONS, type FactQuestion } from "@/lib/domain/risk/questions";
import type { AppTranslator } from "@/components/incidents/field-labels";

/*
 * The intake wizard's steps, in the order a worried practice manager can answer them: her own words first,
 * with the times under them (the clock starts at awareness), then the facts as plain questions. Pure data and helpers,
 * so the order, the fields checked per step and the focus target are unit-tested.
 *
 * Kept short for a first report (issue #5): questions that need technical or legal judgement the manager
 * rarely has are `prefilled` with their cautious answer (see intake-prefilled.ts) and shown folded, with the
 * answers in the fold's summary; optional extras are folded too; the details of a kind of breach are asked only
 * once that kind is chosen; and the review is offered, not imposed (the report can be sent from the last step).
 */
export type StepId = "what" | "data" | "containment" | "review";

export interface IntakeStep {
  id: StepId;
  /** Fixed fields checked before moving on (the fact questions of the step are added by factFieldsOf). */
  fields: string[];
  /** The fact questions asked on this step, by their field in `facts`. */
  questions: string[];
  /** Fact questions pre-filled with their cautious answer, by the step they belong to (see wizardPrefilledOf). */
  prefilled: string[];
  /** Optional fact questions, folded in the wizard behind "Add ..." (the edit form shows them open). */
  optional?: string[];
}

/** A long list of choices shows its common options and folds the rest, named in the fold's summary (`intake.facts`). */
export const COMMON_OPTIONS: Record<string, { after: number; summary: "moreKinds" }> = {
  dataCategories: { after: 7, summary: "moreKinds" },
};

/** A step's title in the reader's language (`intake.steps`). */
export function stepTitle(t: AppTranslator, id: StepId): string {
  return t(`intake.steps.${id}`);
}

/** The step from which the report can be sent without the review. */
export const LAST_QUESTION_STEP: StepId = "containment";

export const INTAKE_STEPS: readonly IntakeStep[] = [
  {
    id: "what",
    fields: ["organization", "title", "description", "occurredAt", "discoveredAt", "awareAt", "awarenessDelayReason", "discoveryMethod"],
    questions: [],
    prefilled: [],
  },
  {
    id: "data",
    fields: [],
    questions: [
      "breachTypes",
      "confidentiality.recipients",
      "availability.backup",
      "availability.restoredWithinHours",
      "availability.permanentLoss",
      "availability.careDisrupted",
      "integrity.recoverable",
      "integrity.usedBeforeCorrection",
      "cause",
      "dataCategories",
      "subjects.categories",
      "subjects.count",
    ],
    prefilled: ["role", "identifiability", "encryption", "confidentiality.access", "confidentiality.exfiltration"],
    // Rare answers that change the assessment, folded so the simple path stays short.
    optional: ["records", "confidentiality.recipientCouldHarm", "scope"],
  },
  {
    id: "containment",
    fields: ["containment", "ongoing", "containedAt"],
    questions: [],
    prefilled: ["mitigation.dataRetrievedOrDeleted", "mitigation.highRiskNoLongerLikely", "mitigation.individualContactDisproportionate"],
  },
  { id: "review", fields: [], questions: [], prefilled: [] },
];

function applying(fields: readonly string[], breachTypes: readonly string[]): FactQuestion[] {
  return fields
    .map((field) => FACT_QUESTIONS.find((question) => question.field === field))
    .filter((question): question is FactQuestion => !!question)
    .filter((question) => !question.onlyFor || breachTypes.includes(question.onlyFor as BreachType));
}

/** The questions of a step asked openly, given the kinds of breach chosen so far. */
export function questionsOf(step: IntakeStep, breachTypes: readonly string[]): FactQuestion[] {
  return applying(step.questions, breachTypes);
}

/** The optional (folded) questions of a step that apply. */
export function optionalOf(step: IntakeStep, breachTypes: readonly string[]): FactQuestion[] {
  return applying(step.optional ?? [], breachTypes);
}

/** The pre-filled questions of a step that apply, given the kinds of breach chosen so far. */
export function prefilledOf(step: IntakeStep, breachTypes: readonly string[]): FactQuestion[] {
  return applying(step.prefilled, breachTypes);
}

/**
 * The pre-filled questions the wizard shows on a step: all of them together, in one fold on the last question
 * step, so their one summary is read once, just before sending. (The edit form shows each on its own step.)
 */
export function wizardPrefilledOf(step: IntakeStep, breachTypes: readonly string[]): FactQuestion[] {
  return step.id === LAST_QUESTION_STEP ? INTAKE_STEPS.flatMap((candidate) => prefilledOf(candidate, breachTypes)) : [];
}

/** Every input of the wizard checked before leaving the step, in the order they appear on it. */
export function fieldsOf(step: IntakeStep, breachTypes: readonly string[]): string[] {
  const facts = [...questionsOf(step, breachTypes), ...optionalOf(step, breachTypes), ...wizardPrefilledOf(step, breachTypes)].map(
    (question) => `facts.${question.field}`,
  );
  return [...step.fields, ...facts];
}

/** The first field of the step, in page order, that has an error: where focus goes. */
export function firstFieldWithError(fields: readonly string[], hasError: (field: string) => boolean): string | undefined {
  return fields.find(hasError);
}

/** The first step (index) holding one of these fields: where to go when the server names a field. */
export function stepOfField(field: string, breachTypes: readonly string[]): number {
  const index = INTAKE_STEPS.findIndex((step) =>
    fieldsOf(step, breachTypes).some((name) => field === name || field.startsWith(`${name}.`) || name.startsWith(`${field}.`)),
  );
  return index === -1 ? 0 : index;
}
