import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";

const root = path.resolve(import.meta.dirname, "../..");

export interface AppServer {
  url: string;
  pid: number;
  stop: () => Promise<void>;
}

/**
 * The production server as scripts/start.ts runs it (`next start` of the existing build, the peer-address hook,
 * the same V8 setting), on a database the caller has migrated and given its keys. The caller builds first,
 * under the build lock: a bench measures the build, it never makes one.
 */
export async function startAppServer(options: {
  databaseUrl: string;
  dataDir: string;
  port: number;
  authSecret: string;
}): Promise<AppServer> {
  const url = `http://127.0.0.1:${options.port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    [
      // BENCH_SERVER_NODE_ARGS adds to the server's node, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to see where a
      // page's time goes (the profile is written when the bench stops the server).
      ...(process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? []),
      "--import",
      pathToFileURL(path.join(root, "lib/server/auth/peer-address-hook.mjs")).href,
      path.join(root, "node_modules/next/dist/bin/next"),
      "start",
      "--hostname",
      "127.0.0.1",
      "--port",
      String(options.port),
    ],
    {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      env: {
        ...process.env,
        DATABASE_URL: options.databaseUrl,
        BREACHDESK_DATA_DIR: options.dataDir,
        APP_URL: url,
        NEXTAUTH_URL: url,
        NEXTAUTH_SECRET: options.authSecret,
        NEXT_TELEMETRY_DISABLED: "1",
        NODE_OPTIONS: "--max-semi-space-size=2",
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null) child.kill("SIGTERM");
    await exited;
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app server on port ${options.port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/api/ping`)).ok) return { url, pid: child.pid!, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the app server on port ${options.port} did not answer /api/ping within 60 s`);
}
