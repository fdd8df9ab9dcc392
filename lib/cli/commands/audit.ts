import { cliOperator } from "@/lib/server/actor";
import { verifyAuditChain } from "@/lib/server/audit/verify-audit-chain";
import { parseCommandArgs } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, EXIT_FINDING, EXIT_OK, type CliIO } from "../io";

const help = `usage: breachdesk audit verify [--page-size <n>] [--json]
Recomputes the audit trail's hash chain from the first entry to the last. Prints "OK <n> entries" (exit 0),
or names the first entry that does not fit: its seq, id, action and what is wrong (exit 1).`;

const EXPECTED = "verify";

function parsePageSize(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1 || Number(value) > 100_000) {
    throw new BadInputError("--page-size", "must be a whole number from 1 to 100000");
  }
  return Number(value);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === "--help") {
    io.out(help);
    return EXIT_OK;
  }
  if (verb === undefined) throw new BadInputError("action", `is missing (expected: ${EXPECTED})`);
  if (verb !== "verify") throw new BadInputError("audit", `unknown action '${verb}' (expected: ${EXPECTED})`);
  const { values } = parseCommandArgs(rest, { json: { type: "boolean" }, "page-size": { type: "string" } });
  const pageSize = parsePageSize(values["page-size"]);

  const ctx = await cliContext();
  const result = await verifyAuditChain(ctx, cliOperator, { pageSize });
  if (!result.ok) throw failureToBadInput(result);
  const report = result.value;
  if (values.json) printJson(io, report);
  else if (report.ok) io.out(`OK ${report.entries} entries`);
  else io.out(`BROKEN ${report.problem!.message}`);
  return report.ok ? EXIT_OK : EXIT_FINDING;
}
