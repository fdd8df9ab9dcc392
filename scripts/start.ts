/**
 * `npm start`: generate the database clients, build if needed, apply pending migrations, then serve.
 * Listens on 127.0.0.1 unless HOST says otherwise: nothing is exposed that the operator did not choose.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { readEnv } from "../lib/config/env";
import { databaseUrl, providerOf } from "../lib/db/database-url";
import { openDb } from "../lib/db/client";
import { applyMigrations } from "../lib/db/migrate";
import { checkDataFolders, checkEncryptionKeys, checkSigningKey, orExit } from "../lib/server/start-up-check";
import { ensureBuilt } from "./ensure-built";
import { ensureGenerated } from "./ensure-generated";
import { prepareStoredData } from "./prepare-stored-data";
import { localAddress, recordAppUrlWhenListening } from "./record-app-url";

const root = path.resolve(import.meta.dirname, "..");

/**
 * A small young generation (2 MB semi-spaces instead of 16) keeps the peak memory of streaming work (packet
 * exports of hundreds of MB) bounded, at the cost of more frequent minor collections. Operators can override.
 */
function serverNodeOptions(existing = process.env.NODE_OPTIONS ?? ""): string {
  return existing.includes("--max-semi-space-size") ? existing : `${existing} --max-semi-space-size=2`.trim();
}
const env = readEnv();
await orExit(checkDataFolders());
// The database and the keys are checked before a build of several minutes, so a refusal comes at once.
ensureGenerated();
const url = databaseUrl();
await applyMigrations(url);
console.log(`Database: ${providerOf(url)} (migrations applied)`);
await withDb(url, async (db) => {
  const keys = await orExit(checkEncryptionKeys(db));
  if (keys.createdKeyId)
    console.log(`Encryption: new database, so a first key was created in the data folder; back it up with the database`);
  const signing = await orExit(checkSigningKey(db));
  if (signing.created)
    console.log(
      `Signing: a signing key was created in ${signing.file}; back it up apart from the data folder, and ` +
        `publish its fingerprint ${signing.keyId}`,
    );
});
ensureBuilt();
await prepareStoredData(url);

async function withDb(databaseUrl: string, work: (db: Awaited<ReturnType<typeof openDb>>["db"]) => Promise<void>) {
  const { db } = await openDb(databaseUrl);
  try {
    await work(db);
  } finally {
    await db.$disconnect();
  }
}

const server = spawn(
  process.execPath,
  [
    // Records each connection's address for the app: the basis of the client address (lib/server/auth/client-ip.ts).
    "--import",
    pathToFileURL(path.join(root, "lib/server/auth/peer-address-hook.mjs")).href,
    path.join(root, "node_modules/next/dist/bin/next"),
    "start",
    "--hostname",
    env.HOST,
    "--port",
    String(env.PORT),
  ],
  {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: "1", NODE_OPTIONS: serverNodeOptions() },
  },
);
console.log(`Breachdesk: serving on http://${env.HOST}:${env.PORT} (public URL ${env.appUrl})`);
void recordAppUrlWhenListening(server, localAddress(env.HOST, env.PORT), env.appUrl);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
