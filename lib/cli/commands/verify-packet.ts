import { describeProblem } from "@/lib/documents/packet/packet-problems";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import { parseCommandArgs } from "../args";
import { BadInputError, EXIT_FINDING, EXIT_OK, type CliIO } from "../io";

/**
 * `breachdesk verify-packet <packet.zip> [--json]`: prints `OK <n> files` (exit 0) or one line per
 * problem naming the file or audit entry (exit 1). A path that is not a readable ZIP is bad input (exit 2).
 */
export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, { json: { type: "boolean" } }, true);
  const [path, ...extra] = positionals;
  if (path === undefined || path.trim() === "") throw new BadInputError("packet", "is required: verify-packet <packet.zip>");
  if (extra.length > 0) throw new BadInputError("packet", `only one packet at a time (also got ${extra.join(" ")})`);

  const result = await verifyPacket(path);
  if (result.status === "unreadable") throw new BadInputError("packet", `${path}: ${result.reason}`);

  if (values.json) {
    io.out(
      JSON.stringify({
        ok: result.ok,
        files: result.files,
        problems: result.problems.map((problem) => ({ ...problem, message: describeProblem(problem) })),
      }),
    );
  } else if (result.ok) {
    io.out(`OK ${result.files} files`);
  } else {
    for (const problem of result.problems) io.out(describeProblem(problem));
  }
  return result.ok ? EXIT_OK : EXIT_FINDING;
}
