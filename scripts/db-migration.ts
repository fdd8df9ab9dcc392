/**
 * Migrations for both providers from the one schema source (prisma/schema.prisma).
 *
 *   npm run db:migration -- <name>   writes prisma/migrations/{sqlite,postgresql}/<stamp>_<name>/migration.sql
 *                                    as the diff from the last migrated schema (schema.snapshot.prisma)
 *   npm run db:check                 fails (exit 1) on drift: the schema changed without a migration, the two
 *                                    providers' migration lists differ, or a database migrated from scratch
 *                                    differs from one created directly from the schema (SQLite always;
 *                                    PostgreSQL when TEST_POSTGRES_URL is set)
 *
 * `prisma migrate dev` and `--from-migrations` need Prisma's native engines, which cannot be downloaded
 * here; schema-to-schema diffs and `migrate deploy` through the driver adapters need none.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openDb, type Db } from "../lib/db/client";
import type { DatabaseProvider } from "../lib/db/database-url";
import { applyMigrations } from "../lib/db/migrate";
import { postgresSchemaFrom } from "./db-schemas";

const root = path.resolve(import.meta.dirname, "..");
const schemaPath = path.join(root, "prisma/schema.prisma");
const snapshotPath = path.join(root, "prisma/migrations/schema.snapshot.prisma");
const providers: DatabaseProvider[] = ["sqlite", "postgresql"];
// Schema-to-schema diffs read no data, but through the PostgreSQL adapter Prisma still connects once.
const diffUrl = {
  sqlite: "file:./data/diff.db",
  postgresql: process.env.TEST_POSTGRES_URL ?? "postgresql://postgres@127.0.0.1:5432/test",
};

function schemaFor(provider: DatabaseProvider, sqliteSchema: string, dir: string): string {
  const file = path.join(dir, `${provider}-${Math.random().toString(36).slice(2)}.prisma`);
  writeFileSync(file, provider === "sqlite" ? sqliteSchema : postgresSchemaFrom(sqliteSchema));
  return file;
}

function diffScript(provider: DatabaseProvider, from: string | null, to: string): string {
  const args = [
    "migrate",
    "diff",
    ...(from ? ["--from-schema-datamodel", from] : ["--from-empty"]),
    "--to-schema-datamodel",
    to,
    "--script",
  ];
  return execFileSync(path.join(root, "node_modules/.bin/prisma"), args, {
    cwd: root,
    env: { ...process.env, DATABASE_URL: diffUrl[provider], PRISMA_HIDE_UPDATE_MESSAGE: "1" },
    stdio: ["ignore", "pipe", "ignore"],
  }).toString();
}

function migrationFolders(provider: DatabaseProvider): string[] {
  return readdirSync(path.join(root, "prisma/migrations", provider), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

function newMigration(name: string) {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error("migration name: use lower-case letters, digits and underscores");
  const current = readFileSync(schemaPath, "utf8");
  const previous = readFileSync(snapshotPath, "utf8");
  if (current === previous) {
    console.log("db:migration: the schema has not changed since the last migration; nothing to write");
    return;
  }
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const tmp = mkdtempSync(path.join(tmpdir(), "bd-migration-"));
  try {
    for (const provider of providers) {
      const sql = diffScript(provider, schemaFor(provider, previous, tmp), schemaFor(provider, current, tmp));
      const dir = path.join(root, "prisma/migrations", provider, `${stamp}_${name}`);
      mkdirSync(dir, { recursive: true });
      writeFileSync(path.join(dir, "migration.sql"), sql);
      console.log(`db:migration: wrote ${path.relative(root, dir)}/migration.sql`);
    }
    writeFileSync(snapshotPath, current);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** A provider-neutral description of the tables, columns, indexes and foreign keys of a database. */
async function structureOf(db: Db, provider: DatabaseProvider): Promise<string[]> {
  const lines: string[] = [];
  if (provider === "sqlite") {
    const tables = await db.$queryRawUnsafe<Array<{ name: string }>>(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_prisma_migrations' ORDER BY name",
    );
    for (const { name } of tables) {
      for (const c of await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA table_info("${name}")`)) {
        lines.push(`column ${name}.${c.name} ${c.type} notnull=${c.notnull} default=${c.dflt_value} pk=${c.pk}`);
      }
      for (const i of await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA index_list("${name}")`)) {
        const cols = await db.$queryRawUnsafe<Array<{ name: string }>>(`PRAGMA index_info("${String(i.name)}")`);
        lines.push(`index ${name}.${i.name} unique=${i.unique} (${cols.map((col) => col.name).join(",")})`);
      }
      for (const f of await db.$queryRawUnsafe<Array<Record<string, unknown>>>(`PRAGMA foreign_key_list("${name}")`)) {
        lines.push(`fk ${name}.${f.from} -> ${f.table}.${f.to} on_delete=${f.on_delete} on_update=${f.on_update}`);
      }
    }
  } else {
    const columns = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
      `SELECT table_name::text AS t, column_name::text AS c, data_type::text AS d, is_nullable::text AS n, column_default::text AS df
       FROM information_schema.columns WHERE table_schema = current_schema() AND table_name <> '_prisma_migrations'`,
    );
    for (const c of columns) lines.push(`column ${c.t}.${c.c} ${c.d} nullable=${c.n} default=${c.df}`);
    const indexes = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
      `SELECT indexname::text AS i, indexdef::text AS d FROM pg_indexes WHERE schemaname = current_schema() ` +
        `AND tablename <> '_prisma_migrations'`,
    );
    for (const i of indexes) lines.push(`index ${i.i} ${i.d}`);
    const fks = await db.$queryRawUnsafe<Array<Record<string, unknown>>>(
      `SELECT conname::text AS n, pg_get_constraintdef(oid)::text AS d FROM pg_constraint WHERE ` +
        `connamespace = current_schema()::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'`,
    );
    for (const f of fks) lines.push(`constraint ${f.n} ${f.d}`);
  }
  return lines.sort();
}

async function withScratchDatabase<T>(provider: DatabaseProvider, work: (url: string) => Promise<T>): Promise<T> {
  if (provider === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "bd-drift-"));
    try {
      return await work(`file:${path.join(dir, "check.db")}`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const admin = process.env.TEST_POSTGRES_URL!;
  const name = `bd_drift_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const { db } = await openDb(admin);
  await db.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  try {
    const url = new URL(admin);
    url.pathname = `/${name}`;
    return await work(url.toString());
  } finally {
    await db.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await db.$disconnect();
  }
}

async function structureAfter(provider: DatabaseProvider, prepare: (db: Db, url: string) => Promise<void>) {
  return withScratchDatabase(provider, async (url) => {
    if (provider === "sqlite") mkdirSync(path.dirname(url.slice(5)), { recursive: true });
    const { db } = await openDb(url);
    try {
      await prepare(db, url);
      return await structureOf(db, provider);
    } finally {
      await db.$disconnect();
    }
  });
}

async function check(): Promise<number> {
  const problems: string[] = [];
  const current = readFileSync(schemaPath, "utf8");
  if (current !== readFileSync(snapshotPath, "utf8")) {
    problems.push("prisma/schema.prisma changed without a migration: run `npm run db:migration -- <name>`");
  }
  const [sqliteList, pgList] = providers.map(migrationFolders);
  if (JSON.stringify(sqliteList) !== JSON.stringify(pgList)) {
    problems.push(`the SQLite and PostgreSQL migration folders differ: ${sqliteList} vs ${pgList}`);
  }
  const tmp = mkdtempSync(path.join(tmpdir(), "bd-check-"));
  try {
    for (const provider of providers) {
      if (provider === "postgresql" && !process.env.TEST_POSTGRES_URL) {
        console.log("db:check: PostgreSQL structure not compared (TEST_POSTGRES_URL is not set)");
        continue;
      }
      const direct = diffScript(provider, null, schemaFor(provider, current, tmp));
      const fromMigrations = await structureAfter(provider, async (_db, url) => void (await applyMigrations(url)));
      const fromSchema = await structureAfter(provider, async (db) => {
        await db.$executeRawUnsafe(provider === "postgresql" ? direct : "SELECT 1");
        if (provider === "sqlite")
          for (const statement of direct.split(/;\s*\n/)) if (statement.trim()) await db.$executeRawUnsafe(statement);
      });
      const missing = fromSchema.filter((line) => !fromMigrations.includes(line));
      const extra = fromMigrations.filter((line) => !fromSchema.includes(line));
      if (missing.length || extra.length) {
        problems.push(
          `${provider}: migrations do not produce the ` +
            `schema:\n${missing.map((l) => `  missing: ${l}`).join("\n")}\n${extra.map((l) => `  extra:   ${l}`).join("\n")}`,
        );
      } else {
        console.log(`db:check: ${provider} migrations match the schema (${fromSchema.length} structure lines compared)`);
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  for (const problem of problems) console.error(`db:check: ${problem}`);
  return problems.length ? 1 : 0;
}

const [first] = process.argv.slice(2);
if (first === "--check") process.exitCode = await check();
else if (first) newMigration(first);
else {
  console.error("usage: npm run db:migration -- <name> | npm run db:check");
  process.exitCode = 2;
}
