import type { ChildProcess } from "node:child_process";
import { recordAppUrl } from "../lib/config/recorded-app-url";

const POLL_MS = 250;

/**
 * Once the server answers its health check at `listening`, records `publicUrl` in the data folder for the CLI
 * (lib/config/recorded-app-url.ts). Gives up quietly when the server exits first; a folder that cannot be
 * written costs only the CLI's guess, so it is logged, not fatal.
 */
export async function recordAppUrlWhenListening(server: ChildProcess, listening: string, publicUrl: string): Promise<void> {
  while (server.exitCode === null && server.signalCode === null) {
    try {
      // Any answer, even "unhealthy", means the server listens at this address.
      await fetch(`${listening}/api/health`);
    } catch {
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      continue;
    }
    try {
      const file = recordAppUrl(publicUrl);
      console.log(`Breachdesk: public URL ${publicUrl} recorded in ${file} for the breachdesk command`);
    } catch (error) {
      console.error(`Breachdesk: could not record the public URL for the breachdesk command (${(error as Error).message})`);
    }
    return;
  }
}

/** The address to reach a server listening on `host` from this machine (a wildcard host answers on loopback). */
export function localAddress(host: string, port: number): string {
  const reachable = host === "0.0.0.0" || host === "::" ? "127.0.0.1" : host.includes(":") ? `[${host}]` : host;
  return `http://${reachable}:${port}`;
}
