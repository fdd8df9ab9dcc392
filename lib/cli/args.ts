import { parseArgs, type ParseArgsConfig } from "node:util";
import { BadInputError, type CliIO } from "./io";

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

/**
 * A command's action word (`org create`, `keys rotate`) and the arguments after it; null once `--help` printed
 * the command's help. A missing or unknown word is bad input that lists the actions there are.
 */
export function actionOf<Verb extends string>(
  command: string,
  argv: string[],
  io: CliIO,
  help: string,
  verbs: readonly Verb[],
): { verb: Verb; rest: string[] } | null {
  const [verb, ...rest] = argv;
  if (verb === "--help") {
    io.out(help);
    return null;
  }
  const expected = verbs.join(", ");
  if (verb === undefined) throw new BadInputError("action", `is missing (expected: ${expected})`);
  if (!verbs.includes(verb as Verb)) throw new BadInputError(command, `unknown action '${verb}' (expected: ${expected})`);
  return { verb: verb as Verb, rest };
}
