import type { FieldError } from "@/lib/schemas/field-errors";
import type { FormState } from "@/lib/schemas/form-state";
import { problemsFor } from "@/lib/i18n/problem-translator";
import type { Locale } from "@/lib/i18n/locales";
import type { ServiceFailure } from "@/lib/server/result";

export type { FormState } from "@/lib/schemas/form-state";

export function fieldMap(errors: FieldError[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const error of errors) map[error.field] ??= error.problem;
  return map;
}

/** Fields never sent back to the browser after a failed submission. */
const SECRET_FIELDS = /password|totp|code|token|secret/i;

/**
 * React resets a form after its action runs; sending the submitted values back lets the form show
 * them again, so a person fixes one field instead of retyping everything. Secrets are not sent back.
 */
export function submittedValues(form: FormData | undefined): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [name, value] of form?.entries() ?? []) {
    if (typeof value === "string" && !SECRET_FIELDS.test(name) && !name.startsWith("$")) values[name] = value;
  }
  return values;
}

export function failureState(failure: ServiceFailure, form?: FormData): FormState<never> {
  const values = submittedValues(form);
  if (failure.error === "invalid") {
    return { status: "error", message: "Please correct the fields marked below.", fields: fieldMap(failure.fields), values };
  }
  return { status: "error", message: failure.message, fields: {}, values };
}

/**
 * The failure said in the reader's language (docs/I18N.md, "Problems"): the form's message and each field's
 * problem. Schemas and services write English, which the API and the CLI answer with as it is.
 */
export function inReadersLanguage<T>(state: FormState<T>, locale: Locale): FormState<T> {
  if (state.status !== "error") return state;
  const say = problemsFor(locale);
  const fields = Object.fromEntries(Object.entries(state.fields).map(([field, problem]) => [field, say(problem)]));
  return { ...state, message: say(state.message), fields };
}
