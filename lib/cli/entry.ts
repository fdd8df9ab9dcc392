import { processIO } from "./io";
import { runCli } from "./main";
import "./register-admin";

export async function main() {
  // A reader that stops early (`| head`) is not an error of ours.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  try {
    process.exitCode = await runCli(process.argv.slice(2), processIO());
  } catch (error) {
    process.stderr.write(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  } finally {
    const { closeCliResources } = await import("./resources");
    await closeCliResources();
  }
}
