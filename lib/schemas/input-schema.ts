import type { z } from "zod";

/**
 * An input's schema, or a factory when the schema depends on the clock ("not in the future") or on the
 * input itself (the intake is judged strictly only when it is submitted). Parsed once per entry by
 * lib/server/parse-input.ts: withApi, the server actions, or a service's entry for the CLI.
 */
export type InputSchema<I, O> = z.ZodType<O, I> | ((input: unknown, now: Date) => z.ZodType<O, I>);

/** The schema that judges `input` at `now`. */
export function schemaFor<I, O>(schema: InputSchema<I, O>, input: unknown, now: Date): z.ZodType<O, I> {
  return typeof schema === "function" ? schema(input, now) : schema;
}
