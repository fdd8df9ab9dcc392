import { toFieldErrors } from "@/lib/schemas/field-errors";
import { schemaFor, type InputSchema } from "@/lib/schemas/input-schema";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";

export type { InputSchema };

/** Parses with the schema: the typed value, or every problem named by its field. */
export function parseInput<I, O>(schema: InputSchema<I, O>, input: unknown, now: Date): ServiceResult<O> {
  const parsed = schemaFor(schema, input, now).safeParse(input);
  return parsed.success ? ok(parsed.data) : invalid(toFieldErrors(parsed.error));
}

type TypedService<O, T> = (ctx: ServiceContext, actor: Actor, input: O) => Promise<ServiceResult<T>>;

/**
 * A service's entry for callers that did not parse its input (the CLI, scripts, tests): it parses once and
 * calls the service proper, which the edges that parsed already (withApi, the server actions) call directly.
 * One parse per entry, not one per layer (docs/CONVENTIONS.md, "Inputs").
 */
export function parsingEntry<I, O, T>(schema: InputSchema<I, O>, service: TypedService<O, T>) {
  return async (ctx: ServiceContext, actor: Actor, input: I): Promise<ServiceResult<T>> => {
    const parsed = parseInput(schema, input, ctx.now());
    return parsed.ok ? service(ctx, actor, parsed.value) : parsed;
  };
}
