import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    e2eDataDir: string;
    e2eDatabaseUrl: string;
  }
}

const root = path.resolve(import.meta.dirname, "../../..");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

const HEALTHY_WITHIN_MS = 600_000;

async function waitForHealth(url: string, server: ChildProcess, log: () => string) {
  // `npm start` builds first when the sources changed since the last build (several minutes on a shared machine).
  const deadline = Date.now() + HEALTHY_WITHIN_MS;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`the app exited early (${server.exitCode}):\n${log()}`);
    try {
      const response = await fetch(`${url}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`the app did not become healthy in ${HEALTHY_WITHIN_MS / 1000} s:\n${log()}`);
}

/** Starts the built app exactly as `npm start` does, on a free port and an empty data folder. */
export default async function setup(project: TestProject) {
  const dataDir = mkdtempSync(path.join(tmpdir(), "bd-e2e-"));
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const databaseUrl = `file:${path.join(dataDir, "e2e.db")}`;
  let output = "";
  const server = spawn(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      APP_URL: baseUrl,
      DATABASE_URL: databaseUrl,
      BREACHDESK_DATA_DIR: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  // BREACHDESK_E2E_SERVER_LOG names a file that receives the app's output, to read after a failed run.
  const logFile = process.env.BREACHDESK_E2E_SERVER_LOG;
  const capture = (chunk: Buffer) => {
    output += chunk;
    if (logFile) appendFileSync(logFile, chunk);
  };
  server.stdout?.on("data", capture);
  server.stderr?.on("data", capture);
  await waitForHealth(baseUrl, server, () => output);
  project.provide("baseUrl", baseUrl);
  project.provide("e2eDataDir", dataDir);
  project.provide("e2eDatabaseUrl", databaseUrl);
  return async () => {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
    await new Promise((resolve) => setTimeout(resolve, 500));
    rmSync(dataDir, { recursive: true, force: true });
  };
}
