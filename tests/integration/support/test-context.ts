import { randomBytes } from "node:crypto";
import { copyFileSync, mkdtempSync } from "node:fs";
import path from "node:path";
import { inject } from "vitest";
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import { ensureEncryptionKeys } from "@/lib/server/crypto/ensure-keys";
import type { ServiceContext } from "@/lib/server/service-context";

export interface TestContext extends ServiceContext {
  url: string;
  /** A clock the test can move. */
  clock: { now: Date };
  close(): Promise<void>;
}

export function integrationProvider() {
  return inject("integrationDb");
}

/**
 * A fresh, migrated database for one test file: a copy of the SQLite template, or a PostgreSQL database
 * cloned from the template database. Services get it through their context, never through globals.
 */
export async function createTestContext(options: { now?: Date } = {}): Promise<TestContext> {
  process.env.BREACHDESK_DATA_DIR = inject("dataDir");
  let url: string;
  let dropDatabase = async () => {};
  if (inject("integrationDb") === "sqlite") {
    const dir = mkdtempSync(path.join(inject("dataDir"), "db-"));
    url = `file:${path.join(dir, "test.db")}`;
    copyFileSync(inject("sqliteTemplate"), url.slice("file:".length));
  } else {
    const admin = inject("postgresAdminUrl");
    const name = `bd_it_${process.pid}_${randomBytes(4).toString("hex")}`;
    const { db: adminDb } = await openDb(admin);
    await adminDb.$executeRawUnsafe(`CREATE DATABASE "${name}" TEMPLATE "${inject("postgresTemplate")}"`);
    const parsed = new URL(admin);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dropDatabase = async () => {
      await adminDb.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await adminDb.$disconnect();
    };
  }
  const { db, provider } = await openDb(url);
  // As `npm start` does: the run's shared key file is created by the first test file, on its empty database.
  await ensureEncryptionKeys(db);
  const clock = { now: options.now ?? new Date("2026-03-27T22:30:00Z") };
  return {
    db,
    provider,
    url,
    clock,
    env: readEnv({ APP_URL: "https://breachdesk.test" }),
    now: () => new Date(clock.now),
    async close() {
      await db.$disconnect();
      await dropDatabase();
    },
  };
}
