import { cliOperator } from "@/lib/server/actor";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { updatePracticeDetails } from "@/lib/server/organizations/practice-details";
import { actionOf, parseCommandArgs, requireOption } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import { BadInputError, type CliIO } from "../io";

const help = `usage: breachdesk org create --name <name> [--slug <slug>] [--country <CC>] [--tz <IANA zone>] [--json]
       breachdesk org update --slug <slug> [--name <name>] [--address <postal address>] [--registration <number>]
                             [--country <CC>] [--region <Land>] [--tz <IANA zone>] [--json]
create: creates an organisation (a practice) and prints its slug.
update: changes the practice details named (the others stay) and prints them; --address "" or
        --registration "" clears one. The registration number is checked against the country
        (SIREN or SIRET in France, IČO in Czechia). A German practice names its Land with --region
        (ISO 3166-2, e.g. DE-BY): it decides the authority notified; --region "" clears it.`;

/** The service's field names as the options that set them, so an error names what was typed. */
const UPDATE_OPTIONS = { timeZone: "--tz", registrationNumber: "--registration", organizationId: "--slug" };

async function update(rest: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(rest, {
    slug: { type: "string" },
    name: { type: "string" },
    address: { type: "string" },
    registration: { type: "string" },
    country: { type: "string" },
    region: { type: "string" },
    tz: { type: "string" },
    json: { type: "boolean" },
  });
  const slug = requireOption(values.slug, "slug");
  const result = await updatePracticeDetails(await cliContext(), cliOperator, slug, {
    name: values.name,
    address: values.address,
    registrationNumber: values.registration,
    country: values.country,
    region: values.region,
    timeZone: values.tz,
  });
  if (!result.ok && result.error === "not_found") throw new BadInputError("--slug", `no organisation '${slug}'`);
  if (!result.ok) throw failureToBadInput(result, UPDATE_OPTIONS);
  if (values.json) printJson(io, result.value);
  else io.out(`${result.value.slug}: updated`);
  return 0;
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  const action = actionOf("org", argv, io, help, ["create", "update"]);
  if (!action) return 0;
  const { verb, rest } = action;
  if (verb === "update") return update(rest, io);
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
