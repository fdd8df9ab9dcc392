import type { FieldError } from "@/lib/schemas/field-errors";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";

/*
 * Query strings carry only text; the shared zod schemas expect numbers, booleans and lists. This turns
 * `?state=reported&state=decided&page=2` (or `state=reported,decided`) into the schema's input and leaves
 * the judging to the schema, so a bad value is named by the same message as in a JSON body.
 * An unknown parameter is refused rather than ignored: a misspelt filter must not quietly show everything.
 */

export interface QuerySpec {
  text?: readonly string[];
  numbers?: readonly string[];
  booleans?: readonly string[];
  /** Repeatable, or comma-separated. */
  lists?: readonly string[];
  /** Read by the route itself (e.g. `format`): allowed, not passed on. */
  ignore?: readonly string[];
}

function asNumber(text: string): number | string {
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? value : text;
}

function asBoolean(text: string): boolean | string {
  return text === "true" ? true : text === "false" ? false : text;
}

export function queryInput(url: URL, spec: QuerySpec): ServiceResult<Record<string, unknown>> {
  const input: Record<string, unknown> = {};
  const problems: FieldError[] = [];
  for (const name of new Set(url.searchParams.keys())) {
    const values = url.searchParams.getAll(name);
    const last = values[values.length - 1] ?? "";
    if (spec.lists?.includes(name)) {
      input[name] = values
        .flatMap((value) => value.split(","))
        .map((value) => value.trim())
        .filter(Boolean);
    } else if (spec.numbers?.includes(name)) {
      input[name] = asNumber(last);
    } else if (spec.booleans?.includes(name)) {
      input[name] = asBoolean(last);
    } else if (spec.text?.includes(name)) {
      input[name] = last;
    } else if (!spec.ignore?.includes(name)) {
      problems.push({ field: name, problem: "is not a known query parameter" });
    }
  }
  return problems.length > 0 ? invalid(problems) : ok(input);
}
