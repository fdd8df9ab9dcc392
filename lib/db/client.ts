import type { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { databaseUrl, providerOf, type DatabaseProvider } from "./database-url";
import { oneQueryAtATimePerTransaction } from "./one-query-at-a-time";

/**
 * The database client type the whole app uses. Both generated clients come from one schema and have
 * identical model types; they differ only in the SQL they compile to, so one type stands for both.
 */
export type Db = SqliteClient;
export type { Prisma } from "./generated/sqlite/client";

export interface OpenedDb {
  db: Db;
  provider: DatabaseProvider;
  url: string;
}

/*
 * Prisma's defaults (2 s to start a transaction, 5 s to finish it) also bind the batch transactions of the
 * outbox (claim, sent records, journal replay), which pass no options. On SQLite every transaction queues
 * for the one connection and, behind another process's writer, waits up to the busy timeout (10 s); on
 * PostgreSQL it queues for a pool connection. Waiting is right there; failing after 2 s was not.
 * writeTransaction passes the same values itself.
 */
const TRANSACTION_OPTIONS = { maxWait: 10_000, timeout: 30_000 };

export async function openDb(url = databaseUrl()): Promise<OpenedDb> {
  const provider = providerOf(url);
  // Only the chosen provider's client and driver are loaded: each carries its own query compiler.
  if (provider === "sqlite") {
    const [{ PrismaClient }, { sqliteAdapter }] = await Promise.all([import("./generated/sqlite/client"), import("./sqlite-adapter")]);
    // The PRAGMAs below hold for the adapter's one connection. (libsql's client before 0.18, which the
    // adapter brought along, opened a new connection after every transaction, without them: a busy timeout
    // of 0 and synchronous FULL. package.json overrides it; tests/integration/sqlite-connection.test.ts.)
    const db = new PrismaClient({ adapter: sqliteAdapter(url), transactionOptions: TRANSACTION_OPTIONS });
    // WAL lets the app, the worker and the CLI use the file at once; busy_timeout makes them wait, not fail.
    await db.$queryRawUnsafe("PRAGMA journal_mode = WAL");
    await db.$queryRawUnsafe("PRAGMA busy_timeout = 10000");
    // In WAL mode NORMAL stays consistent after a crash and skips a disk sync per commit; a power cut can
    // lose only the last commits, which the outbox's leases and idempotency keys already tolerate.
    await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
    await db.$executeRawUnsafe("PRAGMA foreign_keys = ON");
    return { db, provider, url };
  }
  const pool = Number(process.env.DATABASE_POOL_SIZE ?? 10);
  const [{ PrismaClient }, { PrismaPg }] = await Promise.all([import("./generated/postgresql/client"), import("@prisma/adapter-pg")]);
  const db = new PrismaClient({
    adapter: oneQueryAtATimePerTransaction(new PrismaPg({ connectionString: url, max: pool })),
    transactionOptions: TRANSACTION_OPTIONS,
  }) as unknown as Db;
  connectionUrls.set(db, url);
  return { db, provider, url };
}

const connectionUrls = new WeakMap<Db, string>();

/** The URL a PostgreSQL client was opened with, for code that talks to the same database through plain pg. */
export function connectionUrlOf(db: Db): string | undefined {
  return connectionUrls.get(db);
}

const globalForDb = globalThis as unknown as { breachdeskDb?: Promise<OpenedDb> };

/** The process-wide client, created on first use and kept across hot reloads in development. */
export function getDb(): Promise<OpenedDb> {
  globalForDb.breachdeskDb ??= openDb();
  return globalForDb.breachdeskDb;
}

export async function closeDb(): Promise<void> {
  const opened = globalForDb.breachdeskDb;
  globalForDb.breachdeskDb = undefined;
  if (opened) await (await opened).db.$disconnect();
}
