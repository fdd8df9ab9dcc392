import { linkBase, linkBaseNote } from "@/lib/config/link-base";
import { cliOperator } from "@/lib/server/actor";
import { createDemoPractice } from "@/lib/server/demo/create-demo";
import { parseCommandArgs } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import type { CliIO } from "../io";

const help = `usage: breachdesk demo [--json]
Creates a sample practice with one person per role and incidents in every state. Each person gets a
one-time link to choose their own password; there are no default passwords. Links start with APP_URL,
else http://HOST:PORT (default http://127.0.0.1:3000), as the app's own links.`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(argv, { json: { type: "boolean" }, help: { type: "boolean" } });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const ctx = await cliContext();
  const result = await createDemoPractice(ctx, cliOperator);
  if (!result.ok) throw failureToBadInput(result);
  const demo = result.value;
  if (values.json) {
    printJson(io, { ...demo, baseUrl: linkBase() });
    return 0;
  }
  io.out(`Demo practice "${demo.organization.name}" (slug ${demo.organization.slug}) with ${demo.incidents.length} incidents.`);
  io.out("One-time links for its people (each chooses their own password):");
  for (const person of demo.people) io.out(`  ${person.role.padEnd(8)} ${person.email}\n           ${person.invitationLink}`);
  io.out(linkBaseNote(linkBase(), "demo"));
  return 0;
}
