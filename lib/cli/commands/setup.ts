import { linkBase, linkBaseNote } from "@/lib/config/link-base";
import { applyMigrations } from "@/lib/db/migrate";
import { cliOperator } from "@/lib/server/actor";
import { issueFirstAdminLink } from "@/lib/server/setup/first-admin-link";
import { parseCommandArgs } from "../args";
import { cliContext, failureToBadInput, printJson } from "../context";
import type { CliIO } from "../io";

const help = `usage: breachdesk setup [--json]
Applies pending database migrations (DATABASE_URL, default: the embedded SQLite file) and prints a
one-time link for creating the first administrator. There is no default account or password.
The link starts with APP_URL, else http://HOST:PORT (default http://127.0.0.1:3000), as the app's own links.`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseCommandArgs(argv, { json: { type: "boolean" }, help: { type: "boolean" } });
  if (values.help) {
    io.out(help);
    return 0;
  }
  const ctx = await cliContext();
  await applyMigrations(ctx.url);
  const result = await issueFirstAdminLink(ctx, cliOperator);
  if (!result.ok) throw failureToBadInput(result);
  const link = result.value;
  if (values.json) {
    printJson(io, {
      database: ctx.provider,
      migrations: "applied",
      administratorExists: link.administratorExists,
      baseUrl: linkBase(),
      ...(link.administratorExists ? {} : { firstAdminLink: link.link, expiresAt: link.expiresAt.toISOString() }),
    });
  } else {
    io.out(`Database (${ctx.provider}) is up to date.`);
    if (link.administratorExists) {
      io.out("An administrator already exists: administrators invite people from Settings, or use `breachdesk user add`.");
    } else {
      io.out(`Open this one-time link to create the first administrator (valid until ${link.expiresAt.toISOString()}):`);
      io.out(link.link);
      io.out(linkBaseNote(linkBase(), "setup"));
    }
  }
  return 0;
}
