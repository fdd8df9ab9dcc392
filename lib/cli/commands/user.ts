import { cliOperator } from "@/lib/server/actor";
import { addMember } from "@/lib/server/users/add-member";
import { parseCommandArgs, requireOption } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, type CliIO } from "../io";

const help = `usage: breachdesk user add --org <slug> --email <email> --role manager|dpo|lawyer|admin [--name <name>] [--json]
Gives the person the role in the organisation and prints their one-time invitation link.
The person chooses their own password through the link; this command never sets one.`;

const EXPECTED = "add";

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === "--help") {
    io.out(help);
    return 0;
  }
  if (verb === undefined) throw new BadInputError("action", `is missing (expected: ${EXPECTED})`);
  if (verb !== "add") throw new BadInputError("user", `unknown action '${verb}' (expected: ${EXPECTED})`);
  const { values } = parseCommandArgs(rest, {
    org: { type: "string" },
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    json: { type: "boolean" },
  });
  const input = {
    organization: requireOption(values.org, "org"),
    email: requireOption(values.email, "email"),
    role: requireOption(values.role, "role") as "manager",
    name: values.name,
  };
  const ctx = await cliContext();
  const result = await addMember(ctx, cliOperator, input);
  if (!result.ok) throw failureToBadInput(result, { organization: "--org" });
  const added = result.value;
  if (values.json) printJson(io, { ...added, expiresAt: added.expiresAt.toISOString() });
  else io.out(added.invitationLink);
  return 0;
}
