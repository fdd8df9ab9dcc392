import { readdirSync } from "node:fs";
import path from "node:path";
import type { Db } from "./client";
import type { DatabaseProvider } from "./database-url";
import { applyMigrations } from "./migrate";

function migrationNames(provider: DatabaseProvider): string[] {
  const dir = path.resolve(import.meta.dirname, "../../prisma/migrations", provider);
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/** True when every migration folder of the provider has been applied to this database. */
export async function isUpToDate(db: Db, provider: DatabaseProvider): Promise<boolean> {
  try {
    const rows = await db.$queryRawUnsafe<Array<{ migration_name: string }>>(
      `SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const applied = new Set(rows.map((row) => row.migration_name));
    return migrationNames(provider).every((name) => applied.has(name));
  } catch {
    return false; // no migrations table yet: a fresh database
  }
}

/** Applies pending migrations only when some are pending, so a command on an up-to-date database starts fast. */
export async function ensureMigrated(db: Db, provider: DatabaseProvider, url: string): Promise<boolean> {
  if (await isUpToDate(db, provider)) return false;
  await applyMigrations(url);
  return true;
}
