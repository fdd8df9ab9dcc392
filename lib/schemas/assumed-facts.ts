import { z } from "zod";
import { FACT_QUESTIONS } from "@/lib/domain/risk/questions";

/*
 * Answers recorded as assumed (issue #5): the intake pre-fills cautious answers ("not encrypted", "cannot tell
 * if it was copied", awareness "now") that a hurried reporter may send untouched. The incident keeps the list
 * of those still unconfirmed beside its facts (not inside them: the facts' shape is docs/INTERFACES.md
 * section 3), so the DPO can tell an established fact from an assumption. A path names the answer as the
 * incident input does: "facts.encryption", "facts.confidentiality.exfiltration", "awareAt".
 */

export const ASSUMABLE_TIME_PATHS = ["occurredAt", "discoveredAt", "awareAt"] as const;

/** Every answer that can be recorded as assumed: each breach-fact question, and the incident's times. */
export const ASSUMABLE_PATHS: readonly [string, ...string[]] = [
  ...ASSUMABLE_TIME_PATHS,
  ...FACT_QUESTIONS.map((question) => `facts.${question.field}`),
];

const KNOWN = new Set<string>(ASSUMABLE_PATHS);

export function isAssumablePath(path: string): boolean {
  return KNOWN.has(path);
}

/** A list of answer paths: each one known, none twice. An unknown path is named by its index ("assumedFacts.1"). */
export const answerPathsSchema = z
  .array(
    z.string({ error: "must be an answer's path, such as facts.encryption" }).refine(isAssumablePath, {
      error: (issue) => `is not an answer that can be assumed: ${JSON.stringify(issue.input)} (known: ${ASSUMABLE_PATHS.join(", ")})`,
    }),
    { error: 'must be a list of answer paths, such as ["facts.encryption"]' },
  )
  .refine((list) => new Set(list).size === list.length, { message: "lists the same answer twice" });

/** The value at an answer's path, in anything shaped like the incident input ({ awareAt, facts: {...} }). */
export function answerAt(values: Record<string, unknown>, path: string): unknown {
  return path
    .split(".")
    .reduce<unknown>(
      (current, key) => (current && typeof current === "object" ? (current as Record<string, unknown>)[key] : undefined),
      values,
    );
}

/** Whether the answer was given at all: an assumption about an answer that is not there means nothing. */
export function isAnswered(values: Record<string, unknown>, path: string): boolean {
  const value = answerAt(values, path);
  return value !== undefined && value !== null;
}
