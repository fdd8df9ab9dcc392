import { cliOperator } from "@/lib/server/actor";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { parseCommandArgs, requireOption } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, type CliIO } from "../io";

const help = `usage: breachdesk org create --name <name> [--slug <slug>] [--country <CC>] [--tz <IANA zone>] [--json]
Creates an organisation (a practice) and prints its slug.`;

const EXPECTED = "create";

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === "--help") {
    io.out(help);
    return 0;
  }
  if (verb === undefined) throw new BadInputError("action", `is missing (expected: ${EXPECTED})`);
  if (verb !== "create") throw new BadInputError("org", `unknown action '${verb}' (expected: ${EXPECTED})`);
  const { values } = parseCommandArgs(rest, {
    name: { type: "string" },
    slug: { type: "string" },
    country: { type: "string" },
    tz: { type: "string" },
    json: { type: "boolean" },
  });
  const ctx = await cliContext();
  const result = await createOrganization(ctx, cliOperator, {
    name: requireOption(values.name, "name"),
    slug: values.slug,
    country: values.country,
    timeZone: values.tz,
  });
  if (!result.ok) throw failureToBadInput(result, { timeZone: "--tz" });
  if (values.json) printJson(io, result.value);
  else io.out(result.value.slug);
  return 0;
}
