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
