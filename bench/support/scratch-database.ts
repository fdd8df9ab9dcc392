import path from "node:path";

/**
 * A fresh database for one bench run: a file in the scratch folder, or a scratch database (named by the prefix
 * and the process id) on the PostgreSQL server named by DATABASE_URL, dropped again by `drop`.
 */
export async function scratchDatabase(scratch: string, prefix: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const configured = process.env.DATABASE_URL;
  if (!configured?.startsWith("postgres")) return { url: `file:${path.join(scratch, "bench.db")}`, drop: async () => {} };
  // Loaded here, not at the top: a bench sets its environment (the scratch data folder) before lib/ loads.
  const { openDb } = await import("../../lib/db/client");
  const name = `${prefix}_${process.pid}`;
  const { db: admin } = await openDb(configured);
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
