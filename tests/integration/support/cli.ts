import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";

/** Runs `breachdesk <argv>` in this process, as the terminal would, and keeps what it printed. */
export async function cli(...argv: string[]) {
  const io = memoryIO();
  const code = await runCli(argv, io);
  return { code, stdout: io.stdout, stderr: io.stderr };
}
