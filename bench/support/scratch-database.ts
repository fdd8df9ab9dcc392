import path from "node:path";

/**
 * A fresh database for one bench run: a file in the scratch folder, or a scratch database (named by the prefix
 * and the process id) on the PostgreSQL server named by `serverUrl` (DATABASE_URL unless a bench names one;
 * null asks for the file whatever DATABASE_URL says), dropped again by `drop`. One a crashed run left behind
 * under the same name is dropped first.
 */
export async function scratchDatabase(
  scratch: string,
  prefix: string,
  serverUrl: string | null | undefined = process.env.DATABASE_URL,
): Promise<{ url: string; drop: () => Promise<void> }> {
  const configured = serverUrl;
  if (!configured?.startsWith("postgres")) return { url: `file:${path.join(scratch, `${prefix}.db`)}`, drop: async () => {} };
  // Loaded here, not at the top: a bench sets its environment (the scratch data folder) before lib/ loads.
  const { openDb } = await import("../../lib/db/client");
  const name = `${prefix}_${process.pid}`;
  const { db: admin } = await openDb(configured);
  await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.$executeRawUnsafe(`CREATE DATABASE "${name}"`);
  const url = new URL(configured);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.$executeRawUnsafe(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await admin.$disconnect();
    },
  };
}

/**
 * Runs a bench on SQLite and, when a PostgreSQL server is named (TEST_POSTGRES_URL or DATABASE_URL), on
 * PostgreSQL too; `only` ("sqlite" or "postgresql", from --db) limits it to one. True when every run passed.
 */
export async function onEachDatabase(
  name: string,
  only: string | undefined,
  benchOne: (kind: "sqlite" | "postgresql", serverUrl?: string) => Promise<boolean>,
): Promise<boolean> {
  const postgresUrl = [process.env.TEST_POSTGRES_URL, process.env.DATABASE_URL].find((url) => url?.startsWith("postgres"));
  const sqlitePassed = only === "postgresql" ? true : await benchOne("sqlite");
  if (only === "sqlite") return sqlitePassed;
  if (postgresUrl) return (await benchOne("postgresql", postgresUrl)) && sqlitePassed;
  console.log(`${name} postgresql: skipped (set TEST_POSTGRES_URL or DATABASE_URL to a PostgreSQL server)`);
  return sqlitePassed;
}
