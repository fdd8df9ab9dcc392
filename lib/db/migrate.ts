import { execFile } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { databaseUrl, providerOf } from "./database-url";

const run = promisify(execFile);

function projectRoot(): string {
  return path.resolve(import.meta.dirname, "../..");
}

/**
 * Applies pending migrations of the provider named by the URL (`prisma migrate deploy`), creating the
 * SQLite file's folder first. Safe to run at every start and from several instances: Prisma takes a lock.
 */
export async function applyMigrations(url = databaseUrl()): Promise<string> {
  if (providerOf(url) === "sqlite") {
    const file = url.slice("file:".length).split("?")[0]!;
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  }
  const root = projectRoot();
  const { stdout } = await run(path.join(root, "node_modules/.bin/prisma"), ["migrate", "deploy"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    maxBuffer: 8 * 1024 * 1024,
  });
  return stdout;
}
