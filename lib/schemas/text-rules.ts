import type { z } from "zod";

/*
 * What text the app accepts, on top of each field's length rules. Text reaches PDFs, letters, e-mails,
 * CSV files and the database driver: half of a UTF-16 surrogate pair cannot be encoded at all, control
 * characters garble documents, and a name is printed on one line where markup would be shown as typed
 * (or, in a careless viewer, obeyed). Errors name the field through the schema's path:
 * "title: contains an invalid character".
 */

export const INVALID_CHARACTER = "contains an invalid character";
export const ONE_LINE = "must be on one line";
export const NO_MARKUP = "must not contain < or >";

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/** C0 and C1 controls, except tab and the line breaks that free text may hold. */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK = /[\t\r\n\u2028\u2029]/;
const MARKUP = /[<>]/;

export type TextKind = "text" | "line" | "name";

/** The first problem of `value` as text of that kind, or null. */
export function textProblem(value: string, kind: TextKind): string | null {
  if (LONE_SURROGATE.test(value) || CONTROL.test(value)) return INVALID_CHARACTER;
  if (kind !== "text" && LINE_BREAK.test(value)) return ONE_LINE;
  if (kind === "name" && MARKUP.test(value)) return NO_MARKUP;
  return null;
}

function withRule<S extends z.ZodString>(schema: S, kind: TextKind): S {
  return schema.superRefine((value, ctx) => {
    const problem = textProblem(value, kind);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  }) as S;
}

/** Free text (descriptions, notes): several lines allowed. */
export const plainText = <S extends z.ZodString>(schema: S): S => withRule(schema, "text");
/** A title or label: one line. */
export const singleLineText = <S extends z.ZodString>(schema: S): S => withRule(schema, "line");
/** A name of a person, a practice or a recipient: one line, no markup. */
export const singleLineName = <S extends z.ZodString>(schema: S): S => withRule(schema, "name");
