import { answerLabel, fieldLabel, type AppTranslator } from "@/components/incidents/field-labels";
import { shortAnswer } from "@/components/incidents/intake/intake-prefilled";
import { INTAKE_STEPS, optionalOf, questionsOf, stepTitle, wizardPrefilledOf } from "@/components/incidents/intake/intake-steps";
import type { IntakeFormValues } from "@/components/incidents/intake/intake-values";

export interface ReviewRow {
  field: string;
  label: string;
  value: string;
}
export interface ReviewSection {
  title: string;
  rows: ReviewRow[];
}

function valueAt(values: IntakeFormValues, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined),
      values,
    );
}

/** A form value in words: option labels for choices, "Not answered yet" for blanks, datetime-local as typed. */
function inWords(t: AppTranslator, field: string, value: unknown): string | null {
  if (Array.isArray(value)) return value.length ? value.map((item) => answerLabel(t, field, item)).join("; ") : null;
  if (value === "true" || value === "false") return answerLabel(t, field, value === "true");
  const dateTime = typeof value === "string" ? /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}.*)$/.exec(value) : null;
  if (dateTime) return t("intake.review.dateTime", { date: dateTime[1]!, time: dateTime[2]! });
  if (field === "ongoing") return null;
  return typeof value === "string" && value.trim() ? answerLabel(t, field, value) : null;
}

/** Inputs that may stay empty: left out of the review while they are. */
const OPTIONAL_FIELDS = new Set([
  "occurredAt",
  "discoveredAt",
  "awarenessDelayReason",
  "discoveryMethod",
  "containment",
  "ongoing",
  "containedAt",
]);

/**
 * The review step's content: every step's answers in the order they were asked; optional inputs left empty
 * are left out. The pre-filled answers of a step are read back in one row, in a few words.
 */
export function reviewSections(t: AppTranslator, values: IntakeFormValues): ReviewSection[] {
  const types = values.facts.breachTypes ?? [];
  return INTAKE_STEPS.filter((step) => step.id !== "review").map((step) => {
    const optional = optionalOf(step, types).map((question) => `facts.${question.field}`);
    const fields = [
      ...step.fields.filter((field) => field !== "organization"),
      ...questionsOf(step, types).map((question) => `facts.${question.field}`),
      ...optional,
    ];
    const rows = fields
      .map((field) => ({ field, value: inWords(t, field, valueAt(values, field)) }))
      .filter((row) => row.value !== null || !(OPTIONAL_FIELDS.has(row.field) || optional.includes(row.field)))
      .map(({ field, value }) => ({ field, label: fieldLabel(t, field), value: value ?? t("incident.answers.notAnswered") }));
    const prefilled = wizardPrefilledOf(step, types);
    if (prefilled.length > 0) {
      rows.push({
        field: `facts.${prefilled[0]!.field}`,
        label: t("intake.review.prefilled"),
        value: prefilled
          .map((question) => shortAnswer(t, question.field, valueAt(values, `facts.${question.field}`) as string | undefined))
          .join("; "),
      });
    }
    return { title: stepTitle(t, step.id), rows };
  });
}
