/**
 * Two instances on one PostgreSQL, through the production servers and the HTTP API with a bearer token: 50
 * clients for 60 s, each in a practice of its own, alternately logging a draft incident (POST /api/v1/incidents)
 * and reading that practice's newest incidents (GET). First against one instance, then spread over two.
 * Targets: the two serve at least 1.6 times what one serves, no request fails, and every draft the API
 * acknowledged (201) is in the database afterwards.
 *
 *   flock /tmp/bd-e2e.lock npx tsx scripts/ensure-built.ts    # the build this measures, made under the build lock
 *   TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/instances.bench.ts [--seconds 60] [--clients 50]
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    clients: { type: "string", default: "50" },
    seconds: { type: "string", default: "60" },
    incidents: { type: "string", default: "100000" },
    scale: { type: "string", default: "1" },
  },
});
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
const INCIDENTS = Math.round(Number(values.incidents) * Number(values.scale));
for (const [name, value] of Object.entries({ clients: CLIENTS, seconds: SECONDS, incidents: INCIDENTS }))
  if (!Number.isInteger(value) || value <= 0) throw new Error(`--${name} must be a positive whole number`);

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, ".next/BUILD_ID")))
  throw new Error("no production build: run `flock /tmp/bd-e2e.lock npx tsx scripts/ensure-built.ts` first");
const postgresUrl = [process.env.TEST_POSTGRES_URL, process.env.DATABASE_URL].find((url) => url?.startsWith("postgres"));
if (!postgresUrl) {
  console.log("instances bench: skipped (it needs PostgreSQL: set TEST_POSTGRES_URL)");
  process.exit(0);
}

const scratch = mkdtempSync(path.join(tmpdir(), "bd-instances-bench-"));
process.env.BREACHDESK_DATA_DIR = scratch;
const { seededApp } = await import("./support/seeded-app");
const { throughput } = await import("./support/http-load");
const { createApiToken } = await import("../lib/server/api-tokens/create-api-token");
const { cliOperator } = await import("../lib/server/actor");
const { readEnv } = await import("../lib/config/env");

const [load] = loadavg();
console.log(`instances bench: ${CLIENTS} clients, ${SECONDS} s a round; load average ${load!.toFixed(2)}`);
const app = await seededApp({
  kind: "postgresql",
  name: "instances",
  practices: CLIENTS,
  incidents: INCIDENTS,
  servers: 2,
  dataDir: scratch,
  authSecret: randomBytes(32).toString("base64url"),
  postgresUrl,
});
let met = false;
try {
  const ctx = { db: app.db, provider: app.provider, env: readEnv({ APP_URL: app.servers[0]!.url }), now: () => new Date() };
  const token = await createApiToken(ctx, cliOperator, { email: app.seed.email, name: "instances bench" });
  if (!token.ok) throw new Error(`the API token: ${JSON.stringify(token)}`);
  const headers = { authorization: `Bearer ${token.value.token}`, "content-type": "application/json" };
  const acknowledged: string[] = [];

  /** One client's step: a draft in its own practice on even steps, a read of that practice's list on odd ones. */
  const step = (servers: string[]) => async (client: number, sequence: number) => {
    const base = servers[client % servers.length]!;
    const organization = app.seed.slugs[client]!;
    if (sequence % 2 === 0) {
      const response = await fetch(`${base}/api/v1/incidents`, {
        method: "POST",
        headers,
        body: JSON.stringify({
          organization,
          submit: false,
          title: `Letter sent to the wrong patient ${client}-${sequence}`,
          awareAt: new Date().toISOString(),
          timeZone: "Europe/Paris",
        }),
      });
      const body = (await response.json()) as { id?: string };
      if (response.status !== 201 || !body.id) throw new Error(`POST ${response.status} ${JSON.stringify(body).slice(0, 200)}`);
      acknowledged.push(body.id);
    } else {
      const response = await fetch(`${base}/api/v1/incidents?organization=${organization}&pageSize=20`, { headers });
      const text = await response.text();
      if (response.status !== 200) throw new Error(`GET ${response.status} ${text.slice(0, 200)}`);
    }
  };

  const urls = app.servers.map((server) => server.url);
  const one = await throughput(step(urls.slice(0, 1)), CLIENTS, SECONDS);
  console.log(
    `  one instance: ${one.perSecond.toFixed(1)} requests/s, ${one.errors.length} failed${one.errors[0] ? ` (${one.errors[0]})` : ""}`,
  );
  const two = await throughput(step(urls), CLIENTS, SECONDS);
  console.log(
    `  two instances: ${two.perSecond.toFixed(1)} requests/s, ${two.errors.length} failed${two.errors[0] ? ` (${two.errors[0]})` : ""}`,
  );
  const stored = new Set(
    (await app.db.incident.findMany({ where: { id: { in: acknowledged } }, select: { id: true } })).map((row) => row.id),
  );
  const missing = acknowledged.filter((id) => !stored.has(id)).length;
  const ratio = two.perSecond / one.perSecond;
  const errors = one.errors.length + two.errors.length;
  met = ratio >= 1.6 && errors === 0 && missing === 0;
  const [after] = loadavg();
  console.log(
    `  two / one = ${ratio.toFixed(2)} (target >= 1.6: ${ratio >= 1.6 ? "met" : "MISSED"}); ${errors} failed requests; ` +
      `${acknowledged.length} acknowledged drafts, ${missing} missing afterwards; load average at the end ${after!.toFixed(2)}`,
  );
} finally {
  await app.close();
  rmSync(scratch, { recursive: true, force: true });
}
console.log(`instances bench: ${met ? "all targets met" : "a target was MISSED"}`);
process.exit(met ? 0 : 1);
