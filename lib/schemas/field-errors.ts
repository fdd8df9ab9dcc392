import type { z } from "zod";

/** One problem with one input field, named by its dotted path ("facts.subjects.count"). */
export interface FieldError {
  field: string;
  problem: string;
}

export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.length === 0 ? "(input)" : path.map((part) => String(part)).join(".");
}

/** Turns a zod error into field errors: the shape used by forms, problem+json bodies and the CLI. */
export function toFieldErrors(error: z.ZodError, prefix: ReadonlyArray<PropertyKey> = []): FieldError[] {
  return error.issues.map((issue) => ({
    field: fieldPath([...prefix, ...issue.path]),
    problem: issue.message,
  }));
}

/** "facts.subjects.count: must be 0 or more" for the first problem: the CLI's one-line error. */
export function firstFieldError(errors: FieldError[]): string {
  const first = errors[0];
  if (!first) return "(input): invalid";
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return `${first.field}: ${first.problem}${more}`;
}
