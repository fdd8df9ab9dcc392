import { moveFilesToDatabase } from "@/lib/server/storage/move-files-to-database";
import { parseCommandArgs } from "../args";
import { cliContext, printJson } from "../context";
import { BadInputError, EXIT_FINDING, EXIT_OK, type CliIO } from "../io";

const help = `usage: breachdesk storage migrate [--json]
  storage migrate   on PostgreSQL, moves the attachments and packets still in the data folder into the database
                    (each file copied, compared, then deleted); stop it any time and run it again`;

export async function run(argv: string[], io: CliIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === "--help" || verb === "help") {
    io.out(help);
    return EXIT_OK;
  }
  if (verb !== "migrate") throw new BadInputError("storage", `unknown action '${verb ?? ""}' (try: migrate)`);
  const args = parseCommandArgs(rest, { json: { type: "boolean" } });
  const ctx = await cliContext();
  if (ctx.provider !== "postgresql")
    throw new BadInputError("DATABASE_URL", "is a SQLite database, which keeps its files in the data folder: there is nothing to move");
  const report = await moveFilesToDatabase(ctx, { onFile: args.values.json ? undefined : (area, key) => io.err(`moved ${area}/${key}`) });
  if (args.values.json) printJson(io, report);
  else {
    io.out(`Attachments: ${report.attachments.moved} moved into the database, ${report.attachments.alreadyMoved} already there.`);
    io.out(`Packets: ${report.packets.moved} moved into the database.`);
    if (report.attachments.missing.length > 0)
      io.out(
        `Missing from both the data folder and the database: ` +
          `${report.attachments.missing.length} attachments ` +
          `(${report.attachments.missing.join(", ")}).`,
      );
  }
  return report.attachments.missing.length > 0 ? EXIT_FINDING : EXIT_OK;
}
