/**
 * Derives prisma/postgresql/schema.prisma from prisma/schema.prisma (the one source of truth) by
 * changing only the datasource provider and the client's output folder, then generates both clients.
 * `--check` exits 1 when a committed migration folder no longer matches the schema (drift).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const source = path.join(root, "prisma/schema.prisma");

export function postgresSchemaFrom(sqliteSchema: string): string {
  const replaced = sqliteSchema
    .replace(/provider\s*=\s*"sqlite"/, 'provider = "postgresql"')
    .replace('output       = "../lib/db/generated/sqlite"', 'output       = "../../lib/db/generated/postgresql"');
  if (replaced.includes('"sqlite"') || !replaced.includes("generated/postgresql")) {
    throw new Error("prisma/schema.prisma no longer has the expected provider/output lines");
  }
  return `// GENERATED from prisma/schema.prisma by scripts/db-schemas.ts: do not edit.\n${replaced}`;
}

export function writePostgresSchema(): string {
  const target = path.join(root, "prisma/postgresql/schema.prisma");
  mkdirSync(path.dirname(target), { recursive: true });
  writeFileSync(target, postgresSchemaFrom(readFileSync(source, "utf8")));
  return target;
}

function prisma(args: string[], env: Record<string, string>) {
  return execFileSync(path.join(root, "node_modules/.bin/prisma"), args, {
    cwd: root,
    env: { ...process.env, ...env, PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "inherit"],
  }).toString();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pgSchema = writePostgresSchema();
  // `prisma generate` needs no database, but it needs a URL of the right kind to pick the schema.
  prisma(["generate", "--schema", source], { DATABASE_URL: "file:./data/generate.db" });
  prisma(["generate", "--schema", pgSchema], { DATABASE_URL: "postgresql://generate@127.0.0.1/generate" });
  console.log("db: generated the SQLite and PostgreSQL clients");
}
