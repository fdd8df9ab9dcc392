import { mkdtempSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { openDb, type Db } from "../../lib/db/client";
import { applyMigrations } from "../../lib/db/migrate";
import { refreshPlannerStatistics } from "../../lib/db/planner-statistics";
import { ensureStoredDeadlines } from "../../lib/server/deadlines/stored-deadlines";
import { ensureRegisterJudgements, ON_THE_REGISTER } from "../../lib/server/register/register-judgements";
import { checkBeforeStart } from "../../lib/server/start-up-check";
import { startAppServer, type AppServer } from "./app-server";
import { seedBulk, type BulkSeed } from "./bulk-incidents";
import { scratchDatabase } from "./scratch-database";
import { signedInCookie } from "./signed-in-cookie";

/*
 * Load this module only after setting BREACHDESK_DATA_DIR (a dynamic import): lib/ reads it when it loads.
 */

export type DatabaseKind = "sqlite" | "postgresql";

export interface SeededApp {
  seed: BulkSeed;
  servers: AppServer[];
  db: Db;
  provider: Awaited<ReturnType<typeof openDb>>["provider"];
  /** The signed-in DPO's session cookie, as a request header. */
  headers: { cookie: string };
  close: () => Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * A scratch database of that kind (PostgreSQL on the server `postgresUrl` names), migrated, seeded in bulk, with
 * its stored deadlines and keys as `npm start` leaves them; `servers` production servers on it sharing the data
 * folder and the session secret, as instances behind one load balancer do; a signed-in session for the DPO.
 */
export async function seededApp(options: {
  kind: DatabaseKind;
  name: string;
  practices: number;
  incidents: number;
  servers: number;
  dataDir: string;
  authSecret: string;
  postgresUrl?: string;
}): Promise<SeededApp> {
  const { kind, name, practices, incidents, dataDir, authSecret } = options;
  if (kind === "postgresql" && !options.postgresUrl) throw new Error("PostgreSQL: set TEST_POSTGRES_URL (or a postgresql DATABASE_URL)");
  const folder = mkdtempSync(path.join(dataDir, `${name}-`));
  const configured = process.env.DATABASE_URL;
  if (kind === "postgresql") process.env.DATABASE_URL = options.postgresUrl;
  else delete process.env.DATABASE_URL;
  const database = await scratchDatabase(folder, `bd_bench_${name}`);
  if (configured === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = configured;
  await applyMigrations(database.url);
  const { db, provider } = await openDb(database.url);
  const seedStarted = performance.now();
  const { seed, stored, cookie } = await (async () => {
    const seed = await seedBulk(db, provider, { practices, incidents, now: new Date() });
    const stored = await ensureStoredDeadlines(db, provider);
    // What the reminder loop leaves within the hour: the register's verdicts on every incident.
    await ensureRegisterJudgements(db, provider, ON_THE_REGISTER);
    await checkBeforeStart(db);
    await refreshPlannerStatistics(db, provider);
    return { seed, stored, cookie: await signedInCookie(db, seed.userId, seed.email, authSecret) };
  })().catch(async (error: unknown) => {
    await db.$disconnect();
    await database.drop();
    throw error;
  });
  const seedSeconds = (performance.now() - seedStarted) / 1000;
  console.log(
    `${name} ${kind}: ${practices} practices, ${incidents} incidents seeded in ${seedSeconds.toFixed(1)} s ` +
      `(deadlines of ${stored.incidents} open incidents stored)`,
  );
  const servers: AppServer[] = [];
  const close = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await db.$disconnect();
    await database.drop();
  };
  try {
    for (let i = 0; i < options.servers; i++)
      servers.push(await startAppServer({ databaseUrl: database.url, dataDir, port: await freePort(), authSecret }));
  } catch (error) {
    await close();
    throw error;
  }
  return { seed, servers, db, provider, headers: { cookie }, close };
}
