import { answerLabel, fieldLabel } from "./field-labels";
import { INTAKE_STEPS, questionsOf } from "./intake-steps";
import type { IntakeFormValues } from "./intake-values";

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
  return path.split(".").reduce<unknown>((current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined), values);
}

/** A form value in words: option labels for choices, "Not answered yet" for blanks, datetime-local as typed. */
function inWords(field: string, value: unknown): string {
  if (Array.isArray(value)) return value.length ? value.map((item) => answerLabel(field, item)).join("; ") : "Not answered yet";
  if (value === "true" || value === "false") return answerLabel(field, value === "true");
  if (typeof value === "string" && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return value.replace("T", " at ");
  if (field === "ongoing") return value === "true" ? "Yes" : value === "false" ? "No" : "Not answered yet";
  return typeof value === "string" && value.trim() ? answerLabel(field, value) : "Not answered yet";
}

/** The review step's content: every step's answers in the order they were asked. */
export function reviewSections(values: IntakeFormValues): ReviewSection[] {
  const types = values.facts.breachTypes ?? [];
  return INTAKE_STEPS.filter((step) => step.id !== "review").map((step) => {
    const fields = [
      ...step.fields.filter((field) => field !== "organization"),
      ...questionsOf(step, types).map((question) => `facts.${question.field}`),
    ].filter((field) => !(field === "containedAt" && values.ongoing !== "false"));
    return { title: step.title, rows: fields.map((field) => ({ field, label: fieldLabel(field), value: inWords(field.replace(/^facts\./, "facts."), valueAt(values, field)) })) };
  });
}
