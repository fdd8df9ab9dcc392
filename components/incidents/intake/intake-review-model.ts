import { answerLabel, fieldLabel } from "@/components/incidents/field-labels";
import { shortAnswer } from "@/components/incidents/intake/intake-prefilled";
import { INTAKE_STEPS, optionalOf, questionsOf, wizardPrefilledOf } from "@/components/incidents/intake/intake-steps";
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
function inWords(field: string, value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map((item) => answerLabel(field, item)).join("; ") : "Not answered yet";
  if (value === "true" || value === "false") return answerLabel(field, value === "true");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return value.replace("T", " at ");
  if (field === "ongoing") return value === "true" ? "Yes" : value === "false" ? "No" : "Not answered yet";
  return typeof value === "string" && value.trim() ? answerLabel(field, value) : "Not answered yet";
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
export function reviewSections(values: IntakeFormValues): ReviewSection[] {
  const types = values.facts.breachTypes ?? [];
  return INTAKE_STEPS.filter((step) => step.id !== "review").map((step) => {
    const optional = optionalOf(step, types).map((question) => `facts.${question.field}`);
    const fields = [
      ...step.fields.filter((field) => field !== "organization"),
      ...questionsOf(step, types).map((question) => `facts.${question.field}`),
      ...optional,
    ];
    const rows = fields
      .map((field) => ({ field, label: fieldLabel(field), value: inWords(field, valueAt(values, field)) }))
      .filter((row) => !((OPTIONAL_FIELDS.has(row.field) || optional.includes(row.field)) && row.value === "Not answered yet"));
    const prefilled = wizardPrefilledOf(step, types);
    if (prefilled.length > 0) {
      rows.push({
        field: `facts.${prefilled[0]!.field}`,
        label: "Pre-filled",
        value: prefilled
          .map((question) => shortAnswer(question.field, valueAt(values, `facts.${question.field}`) as string | undefined))
          .join("; "),
      });
    }
    return { title: step.title, rows };
  });
}
