import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { cliOperator } from "@/lib/server/actor";
import { actionOf, parseCommandArgs, requireOption } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, type CliIO } from "../io";

const help = `usage: breachdesk token create --email <email> [--expires-days <n>] [--name <label>] [--json]
Prints a new API token for that user, once. Only its hash is stored. It acts with exactly the user's roles.`;

function parseDays(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value.trim())) throw new BadInputError("--expires-days", "must be a whole number of days");
  return Number(value);
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const action = actionOf("token", argv, io, help, ["create"]);
  if (!action) return 0;
  const { rest } = action;
  const { values } = parseCommandArgs(rest, {
    email: { type: "string" },
    "expires-days": { type: "string" },
    name: { type: "string" },
    json: { type: "boolean" },
  });
  const input = {
    email: requireOption(values.email, "email"),
    expiresDays: parseDays(values["expires-days"]),
    name: values.name,
  };
  const ctx = await cliContext();
  const result = await createApiToken(ctx, cliOperator, input);
  if (!result.ok) throw failureToBadInput(result);
  if (values.json) printJson(io, { ...result.value, expiresAt: result.value.expiresAt.toISOString() });
  else io.out(result.value.token);
  return 0;
}
