import { mkdirSync } from "node:fs";
import path from "node:path";

export type DatabaseProvider = "sqlite" | "postgresql";

/** The data folder: the embedded database, encrypted attachments and the key file live here. */
export function dataDirectory(): string {
  // The data folder is chosen at run time; the bundler must not trace it into the build.
  return path.resolve(
    /*turbopackIgnore: true*/ process.env.BREACHDESK_DATA_DIR ?? path.join(/*turbopackIgnore: true*/ process.cwd(), "data"),
  );
}

/** DATABASE_URL, or the embedded SQLite file in the data folder (created on first use). */
export function databaseUrl(): string {
  const configured = process.env.DATABASE_URL?.trim();
  if (configured) return configured;
  const dir = dataDirectory();
  mkdirSync(dir, { recursive: true });
  return `file:${path.join(dir, "breachdesk.db")}`;
}

export function providerOf(url: string): DatabaseProvider {
  if (url.startsWith("postgres://") || url.startsWith("postgresql://")) return "postgresql";
  if (url.startsWith("file:")) return "sqlite";
  throw new Error(`DATABASE_URL must start with file: (SQLite) or postgresql:// (PostgreSQL), got "${url.split(":")[0]}:"`);
}
