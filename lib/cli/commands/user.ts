import { linkBase, linkBaseNote } from "@/lib/config/link-base";
import { cliOperator } from "@/lib/server/actor";
import { addMember } from "@/lib/server/users/add-member";
import { setUserDisabled } from "@/lib/server/users/disable-user";
import { actionOf, parseCommandArgs, requireOption } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import type { CliIO } from "../io";

const help = `usage: breachdesk user add --org <slug> --email <email> --role manager|dpo|lawyer|admin [--name <name>]
                          [--language en|fr|cs|de] [--json]
       breachdesk user disable|enable --email <email> [--json]
add: prints a one-time invitation link. A new person chooses their own password through it (this command
never sets one); a person who already has an account gets the role only once they accept it, signed in.
--language sets a new person's interface language (they can change it in Your account); without it the
interface follows their practice's country, then their browser.
disable: stops the whole account, in every organisation, at its next request; enable undoes it.`;

async function setDisabled(rest: string[], io: CliIO, disabled: boolean): Promise<number> {
  const { values } = parseCommandArgs(rest, { email: { type: "string" }, json: { type: "boolean" } });
  const email = requireOption(values.email, "email");
  const result = await setUserDisabled(await cliContext(), cliOperator, { email, disabled });
  if (!result.ok) throw failureToBadInput(result, { email: "--email" });
  if (values.json) printJson(io, { email, disabled });
  else io.out(`${email}: ${disabled ? "disabled" : "enabled"}`);
  return 0;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const action = actionOf("user", argv, io, help, ["add", "disable", "enable"]);
  if (!action) return 0;
  const { verb, rest } = action;
  if (verb === "disable" || verb === "enable") return setDisabled(rest, io, verb === "disable");
  const { values } = parseCommandArgs(rest, {
    org: { type: "string" },
    email: { type: "string" },
    role: { type: "string" },
    name: { type: "string" },
    language: { type: "string" },
    json: { type: "boolean" },
  });
  const input = {
    organization: requireOption(values.org, "org"),
    email: requireOption(values.email, "email"),
    role: requireOption(values.role, "role") as "manager",
    name: values.name,
    language: values.language as "en" | undefined,
  };
  const ctx = await cliContext();
  const result = await addMember(ctx, cliOperator, input);
  if (!result.ok) throw failureToBadInput(result, { organization: "--org", language: "--language" });
  const added = result.value;
  if (values.json) printJson(io, { ...added, expiresAt: added.expiresAt.toISOString() });
  else {
    io.out(added.invitationLink);
    // On stderr: scripts read the link alone from stdout.
    io.err(linkBaseNote(linkBase(), "user add ..."));
  }
  return 0;
}
