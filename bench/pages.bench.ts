/**
 * Pages measured where people feel them: through the production server (`next start` of the build, a signed-in
 * session cookie), each beside the bare route /api/ping of the same server in the same run.
 *
 *   dashboard: the DPO dashboard for 50 practices and 100,000 incidents, on SQLite and PostgreSQL: p95 at most
 *     50 ms (one person at a time) and throughput at least 0.4 of the bare route's (--clients at once);
 *   large: on PostgreSQL, 1,000 practices and 1,000,000 incidents: the dashboard, the register of one practice and
 *     a search by reference (an old one, beyond the newest incidents): p95 at most 100 ms each.
 *
 *   flock /tmp/bd-e2e.lock npx tsx scripts/ensure-built.ts    # the build this measures, made under the build lock
 *   TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/pages.bench.ts [--scale 0.01] [--part dashboard|large] [--db sqlite|postgresql]
 *
 * --scale multiplies the practices and incidents (0.01 checks the harness in seconds; targets are judged at 1 only
 * in spirit: a smaller scale is no evidence). Exits 1 when a target is missed, or a page answers anything but 200.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    scale: { type: "string", default: "1" },
    part: { type: "string" },
    db: { type: "string" },
    runs: { type: "string", default: "200" },
    warmup: { type: "string", default: "20" },
    clients: { type: "string", default: "8" },
    seconds: { type: "string", default: "10" },
  },
});
const SCALE = Number(values.scale);
const RUNS = Number(values.runs);
const WARMUP = Number(values.warmup);
const CLIENTS = Number(values.clients);
const SECONDS = Number(values.seconds);
for (const [name, value] of Object.entries({ scale: SCALE, runs: RUNS, warmup: WARMUP, clients: CLIENTS, seconds: SECONDS }))
  if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} must be a positive number`);

const root = path.resolve(import.meta.dirname, "..");
if (!existsSync(path.join(root, ".next/BUILD_ID")))
  throw new Error("no production build: run `flock /tmp/bd-e2e.lock npx tsx scripts/ensure-built.ts` first");

// Before lib/ loads: the data folder (keys, auth secret) of the servers this bench starts.
const scratch = mkdtempSync(path.join(tmpdir(), "bd-pages-bench-"));
process.env.BREACHDESK_DATA_DIR = scratch;
const postgresUrl = [process.env.TEST_POSTGRES_URL, process.env.DATABASE_URL].find((url) => url?.startsWith("postgres"));
const { seededApp } = await import("./support/seeded-app");
const { sequentialLatency, throughput, timedGet } = await import("./support/http-load");

type Kind = "sqlite" | "postgresql";
const AUTH_SECRET = randomBytes(32).toString("base64url");

async function prepared(kind: Kind, name: string, practices: number, incidents: number) {
  const app = await seededApp({ kind, name, practices, incidents, servers: 1, dataDir: scratch, authSecret: AUTH_SECRET, postgresUrl });
  return { ...app, server: app.servers[0]! };
}

const pageCheck = (marker: string) => (body: string) => {
  if (!body.includes(marker)) throw new Error(`the page lacks "${marker}": ${body.slice(0, 300)}`);
};
const ms = (value: number) => `${value.toFixed(1)} ms`;
let allMet = true;
function judge(label: string, met: boolean, figures: string) {
  allMet &&= met;
  console.log(`  ${label}: ${figures} ${met ? "met" : "MISSED"}`);
}

async function dashboardPart(kind: Kind): Promise<void> {
  const app = await prepared(kind, "dashboard", Math.max(1, Math.round(50 * SCALE)), Math.round(100_000 * SCALE));
  try {
    const ping = () => timedGet(`${app.server.url}/api/ping`, {});
    const dashboard = () => timedGet(`${app.server.url}/`, app.headers, pageCheck("<h1>Dashboard</h1>"));
    const bare = await sequentialLatency(ping, RUNS, WARMUP);
    const page = await sequentialLatency(dashboard, RUNS, WARMUP);
    const bareRate = await throughput(ping, CLIENTS, SECONDS);
    const pageRate = await throughput(dashboard, CLIENTS, SECONDS);
    const errors = [...bareRate.errors, ...pageRate.errors];
    if (errors.length > 0) console.log(`  errors: ${errors.length}, first: ${errors[0]}`);
    console.log(
      `  bare route /api/ping: p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}; ` +
        `${bareRate.perSecond.toFixed(0)} requests/s with ${CLIENTS} clients`,
    );
    judge("dashboard p95 <= 50 ms", page.p95 <= 50, `p50 ${ms(page.p50)}, p95 ${ms(page.p95)}, max ${ms(page.max)}`);
    const ratio = pageRate.perSecond / bareRate.perSecond;
    judge(
      "dashboard throughput >= 0.4 of the bare route",
      ratio >= 0.4 && errors.length === 0,
      `${pageRate.perSecond.toFixed(1)} requests/s = ${ratio.toFixed(2)} of the bare route`,
    );
  } finally {
    await app.close();
  }
}

async function largePart(): Promise<void> {
  const practices = Math.max(1, Math.round(1_000 * SCALE));
  const incidents = Math.round(1_000_000 * SCALE);
  const app = await prepared("postgresql", "large", practices, incidents);
  try {
    const bare = await sequentialLatency(() => timedGet(`${app.server.url}/api/ping`, {}), RUNS, WARMUP);
    console.log(`  bare route /api/ping: p50 ${ms(bare.p50)}, p95 ${ms(bare.p95)}`);
    // An incident of the oldest tenth: a search that only looked at the newest incidents would not find it.
    const old = app.seed.reference(Math.floor(incidents * 0.95));
    const slug = app.seed.slugs[Math.floor(practices / 2)]!;
    const pages: Array<[string, string, string]> = [
      ["dashboard", "/", "<h1>Dashboard</h1>"],
      [`register of ${slug}`, `/register?organization=${slug}`, "<h1>Breach register</h1>"],
      [`search by reference ${old}`, `/incidents?q=${old}`, `>${old}<`],
    ];
    for (const [label, route, marker] of pages) {
      const page = await sequentialLatency(() => timedGet(`${app.server.url}${route}`, app.headers, pageCheck(marker)), RUNS, WARMUP);
      judge(`${label} p95 <= 100 ms`, page.p95 <= 100, `p50 ${ms(page.p50)}, p95 ${ms(page.p95)}, max ${ms(page.max)}`);
    }
  } finally {
    await app.close();
  }
}

const [one, five, fifteen] = loadavg();
console.log(`pages bench: scale ${SCALE}; load average ${one!.toFixed(2)} ${five!.toFixed(2)} ${fifteen!.toFixed(2)}`);
try {
  if (!values.part || values.part === "dashboard") {
    for (const kind of ["sqlite", "postgresql"] as const) {
      if (values.db && values.db !== kind) continue;
      if (kind === "postgresql" && !postgresUrl) {
        console.log("dashboard postgresql: skipped (no TEST_POSTGRES_URL)");
        continue;
      }
      await dashboardPart(kind);
    }
  }
  if ((!values.part || values.part === "large") && values.db !== "sqlite") {
    if (postgresUrl) await largePart();
    else console.log("large postgresql: skipped (no TEST_POSTGRES_URL)");
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
const [after] = loadavg();
console.log(`pages bench: ${allMet ? "all targets met" : "a target was MISSED"} (load average at the end ${after!.toFixed(2)})`);
process.exit(allMet ? 0 : 1);
