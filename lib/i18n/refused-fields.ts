import type { FieldError } from "@/lib/schemas/field-errors";
import type { Locale } from "./locales";
import { problemsFor } from "./problem-translator";
import { translatorFor } from "./translator";

/**
 * The fields a service refused (a list's or a register's filters, from a hand-edited address), each named by its
 * label on the page and its problem said in the reader's language: "État : doit être l’un de…; Année : …".
 */
export function refusedFieldsInWords(locale: Locale, fields: readonly FieldError[], labels: Readonly<Record<string, string>>): string {
  const say = problemsFor(locale);
  const t = translatorFor(locale);
  return fields.map((f) => t("forms.fieldError", { label: labels[f.field] ?? f.field, error: say(f.problem) })).join("; ");
}
