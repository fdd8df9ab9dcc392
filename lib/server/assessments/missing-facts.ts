import { breachFactsSchema, type BreachFacts } from "@/lib/schemas/breach-facts";
import { toFieldErrors, type FieldError } from "@/lib/schemas/field-errors";

/** The facts as the assessment needs them, or the problems naming "facts" first and then each missing part. */
export function completeFacts(facts: unknown): { ok: true; facts: BreachFacts } | { ok: false; fields: FieldError[] } {
  const parsed = breachFactsSchema.safeParse(facts);
  if (parsed.success) return { ok: true, facts: parsed.data };
  const details = toFieldErrors(parsed.error, ["facts"]);
  const names = [...new Set(details.map((detail) => detail.field.replace(/^facts\./, "")))];
  return {
    ok: false,
    fields: [{ field: "facts", problem: `are incomplete: answer ${names.join(", ")} before assessing the risk` }, ...details],
  };
}
