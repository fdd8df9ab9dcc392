import { BadInputError, EXIT_BAD_INPUT, type CliIO } from "./io";

export type Command = (argv: string[], io: CliIO) => Promise<number>;

/** Each command lives in its own module, loaded only when called, so `deadline` never opens a database. */
const commands: Record<string, () => Promise<{ run: Command }>> = {
  deadline: () => import("./commands/deadline"),
  assess: () => import("./commands/assess"),
  "verify-packet": () => import("./commands/verify-packet"),
};

/** Commands with a sub-verb (`org create`, `user add`) are registered as "org", "user" and dispatch inside. */
export function registerCommand(name: string, load: () => Promise<{ run: Command }>) {
  commands[name] = load;
}

const usage = `usage: breachdesk <command> [options]
commands: ${"{commands}"}
Exit codes: 0 success, 1 a finding (failed verification), 2 bad input.`;

export async function runCli(argv: string[], io: CliIO): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === "--help" || name === "help") {
    io.out(usage.replace("{commands}", Object.keys(commands).sort().join(", ")));
    return name ? 0 : EXIT_BAD_INPUT;
  }
  const load = commands[name];
  if (!load) {
    io.err(`command: unknown command '${name}' (try: ${Object.keys(commands).sort().join(", ")})`);
    return EXIT_BAD_INPUT;
  }
  try {
    const { run } = await load();
    return await run(rest, io);
  } catch (error) {
    if (error instanceof BadInputError) {
      io.err(error.message.split("\n")[0]!);
      return EXIT_BAD_INPUT;
    }
    throw error;
  }
}
