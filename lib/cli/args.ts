import { parseArgs, type ParseArgsConfig } from "node:util";
import { BadInputError } from "./io";

type Options = NonNullable<ParseArgsConfig["options"]>;

/**
 * Strict option parsing that turns every parse failure into a BadInputError naming the option,
 * so each command reports bad arguments the same way (exit 2, one line).
 */
export function parseCommandArgs<O extends Options>(argv: string[], options: O, allowPositionals = false) {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const named = /'(--?[\w-]+)/.exec(message);
    throw new BadInputError(named?.[1] ?? "arguments", message.replace(/\s+/g, " ").trim());
  }
}

export function requireOption(value: string | undefined, name: string): string {
  if (value === undefined || value.trim() === "") throw new BadInputError(`--${name}`, "is required");
  return value;
}
