import { inject } from "vitest";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";

/** Runs a `breachdesk` command against the database and data folder of the app under test. */
export async function cli(...argv: string[]) {
  process.env.DATABASE_URL = inject("e2eDatabaseUrl");
  process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");
  process.env.APP_URL = inject("baseUrl");
  const io = memoryIO();
  try {
    const code = await runCli(argv, io);
    if (code !== 0) throw new Error(`breachdesk ${argv.join(" ")} exited ${code}: ${io.stderr}`);
    return io.stdout;
  } finally {
    await closeCliResources();
  }
}
