/**
 * `npm test`: every test layer this machine can run, one after another, and a plain account of what
 * ran, what was skipped and why. Layers:
 *   unit                    vitest, pure domain and CLI (always)
 *   integration/sqlite      services on a real SQLite database (always)
 *   integration/postgresql  the same suite on PostgreSQL (when TEST_POSTGRES_URL is set)
 *   e2e                     the built app in Debian's chromium (when /usr/bin/chromium or CHROMIUM_PATH exists)
 * Ends with one line "tests: N passed, N failed, N skipped" and exits non-zero if anything failed.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ensureBuilt } from "./ensure-built";
import { ensureGenerated } from "./ensure-generated";

const root = path.resolve(import.meta.dirname, "..");
const vitest = path.join(root, "node_modules/vitest/vitest.mjs");
const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

interface Layer {
  name: string;
  config: string;
  env?: Record<string, string>;
  skipReason?: string;
  prepare?: () => void;
  /** A file the layer writes its own log to; its end is printed when the layer fails. */
  logFile?: (reportDir: string) => { env: string; path: string };
}

const layers: Layer[] = [
  { name: "unit", config: "vitest.config.ts" },
  { name: "integration/sqlite", config: "vitest.integration.config.ts", env: { INTEGRATION_DB: "sqlite" } },
  {
    name: "integration/postgresql",
    config: "vitest.integration.config.ts",
    env: { INTEGRATION_DB: "postgresql" },
    skipReason: process.env.TEST_POSTGRES_URL
      ? undefined
      : "TEST_POSTGRES_URL is not set (e.g. TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test npm test)",
  },
  {
    name: "e2e",
    config: "vitest.e2e.config.ts",
    skipReason: existsSync(chromium) ? undefined : `no browser at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`,
    prepare: ensureBuilt,
    logFile: (reportDir) => ({ env: "BREACHDESK_E2E_SERVER_LOG", path: path.join(reportDir, "app-server.log") }),
  },
];

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The failed tests of a vitest JSON report, each with the start of its first failure message. */
function failuresIn(json: {
  testResults?: { name: string; assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[] }[];
}): string[] {
  const lines: string[] = [];
  for (const file of json.testResults ?? []) {
    for (const test of file.assertionResults ?? []) {
      if (test.status !== "failed") continue;
      const message = (test.failureMessages?.[0] ?? "")
        .replace(/\x1b\[[0-9;]*m/g, "")
        .split("\n")
        .filter((line) => !/^\s+at .*(node_modules|<anonymous>)/.test(line)) // the runner's own frames
        .join("\n")
        .slice(0, 1500);
      lines.push(`  ${path.relative(root, file.name)} > ${test.fullName}\n${message.replace(/^/gm, "      ")}`);
    }
  }
  return lines;
}

function runLayer(layer: Layer): { counts: Counts; ok: boolean; seconds: number; failures: string[] } {
  const reportDir = mkdtempSync(path.join(tmpdir(), "bd-test-"));
  const report = path.join(reportDir, "report.json");
  const log = layer.logFile?.(reportDir);
  const started = Date.now();
  const failures: string[] = [];
  try {
    layer.prepare?.();
    const result = spawnSync(
      process.execPath,
      [vitest, "run", "--config", layer.config, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`],
      { cwd: root, stdio: "inherit", env: { ...process.env, ...layer.env, ...(log ? { [log.env]: log.path } : {}) } },
    );
    const counts: Counts = { passed: 0, failed: 0, skipped: 0 };
    if (existsSync(report)) {
      const json = JSON.parse(readFileSync(report, "utf8"));
      failures.push(...failuresIn(json));
      counts.passed = json.numPassedTests ?? 0;
      // A file that fails to load has no failed test but is a failed suite: count whichever is larger.
      counts.failed = Math.max(json.numFailedTests ?? 0, json.numFailedTestSuites ?? 0);
      counts.skipped = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    }
    const ok = result.status === 0 && counts.failed === 0 && counts.passed > 0;
    if (!ok && counts.failed === 0) counts.failed = 1; // the runner itself failed, or ran nothing
    if (!ok && log && existsSync(log.path)) {
      const tail = readFileSync(log.path, "utf8").trimEnd().split("\n").slice(-40);
      failures.push(
        `  last ${tail.length} lines of ${layer.name}'s ${path.basename(log.path)}:\n${tail.map((line) => `      ${line}`).join("\n")}`,
      );
    }
    return { counts, ok, seconds: (Date.now() - started) / 1000, failures };
  } catch (error) {
    console.error(`${layer.name}: could not run: ${error instanceof Error ? error.message : String(error)}`);
    return { counts: { passed: 0, failed: 1, skipped: 0 }, ok: false, seconds: (Date.now() - started) / 1000, failures };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

ensureGenerated();
const total: Counts = { passed: 0, failed: 0, skipped: 0 };
const summary: string[] = [];
const failed: string[] = [];
for (const layer of layers) {
  if (layer.skipReason) {
    summary.push(`  SKIPPED ${layer.name}: ${layer.skipReason}`);
    continue;
  }
  console.log(`\n=== ${layer.name} ===`);
  const { counts, ok, seconds, failures } = runLayer(layer);
  if (failures.length > 0) failed.push(`${layer.name}:`, ...failures);
  total.passed += counts.passed;
  total.failed += counts.failed;
  total.skipped += counts.skipped;
  summary.push(
    `  ${ok ? "ok     " : "FAILED "} ${layer.name}: ${counts.passed} passed, ${counts.failed} failed, ` +
      `${counts.skipped} skipped (${seconds.toFixed(1)} s)`,
  );
}
// Repeated at the end, where a CI log that shows only its last lines still has them.
if (failed.length > 0) console.log(`\nFailures:\n${failed.join("\n")}`);
console.log(`\nTest layers:\n${summary.join("\n")}`);
console.log(`tests: ${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`);
process.exitCode = total.failed > 0 ? 1 : 0;
