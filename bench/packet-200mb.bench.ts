/**
 * A packet with 200 MB of evidence, on SQLite and on PostgreSQL: the evidence is stored encrypted through the
 * deployment's real store (the data folder, or chunks in the database), and exportPacket writes the packet back
 * into that store. Beside it, in the same process and run, the baseline: each stored file decrypted and zipped
 * with yazl (stored, as the packet stores evidence) into a file. Set-up and measurement run in child processes
 * of their own, so neither the set-up nor the other database counts in the memory measured; the measuring child
 * runs this file bundled by esbuild with plain node, as the deployment runs compiled code, not tsx.
 *
 *   TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx --expose-gc bench/packet-200mb.bench.ts [--mb 200] [--files 8] [--db postgresql]
 *
 * `--db sqlite` or `--db postgresql` runs one of them only.
 * Targets (issue 19): peak RSS of the export under 256 MB, and its time at most 1.5 times the baseline's.
 * Exits 1 when one is missed, when the packet does not verify, or when a database could not be measured.
 */
import { fork } from "node:child_process";
import { createWriteStream, mkdtempSync } from "node:fs";
import { rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { build } from "esbuild";
import { ZipFile } from "yazl";
import { evidenceDpo, seedEncryptedEvidence } from "./support/encrypted-evidence";
import { measurePeak, type Measured } from "./support/peak-memory";
import { scratchDatabase } from "./support/scratch-database";

const MB = 1024 * 1024;
const PEAK_RSS_LIMIT_MB = 256;
const TIME_RATIO_LIMIT = 1.5;

const { values } = parseArgs({
  options: {
    mb: { type: "string", default: "200" },
    files: { type: "string", default: "8" },
    role: { type: "string" },
    url: { type: "string" },
    db: { type: "string" },
  },
});
const totalBytes = Number(values.mb) * MB;
const fileCount = Number(values.files);

interface Result {
  exported: Measured;
  baseline: Measured;
  verified: string;
}

/** Child: exports the packet, then decrypts and zips the same stored files; sends the figures to the parent. */
async function measure(url: string): Promise<Result> {
  const { openDb } = await import("../lib/db/client");
  const { readEnv } = await import("../lib/config/env");
  const { exportPacket } = await import("../lib/server/packet/export-packet");
  const { openDecrypted } = await import("../lib/server/incidents/attachments/attachment-store");
  const { blobStore } = await import("../lib/server/storage/blob-store");
  const { verifyPacket } = await import("../lib/documents/packet/verify-packet");
  const { db, provider } = await openDb(url);
  const ctx = { db, provider, env: readEnv({ APP_URL: "https://bench.invalid" }), now: () => new Date() };
  const scratch = process.env.BREACHDESK_DATA_DIR!;
  try {
    const dpo = await evidenceDpo(db);
    const incident = await db.incident.findFirstOrThrow({ select: { id: true } });
    const files = await db.attachment.findMany({ select: { id: true, storageKey: true }, orderBy: { createdAt: "asc" } });
    const store = blobStore(ctx);
    let exportId = "";
    // The export runs first, so nothing the baseline leaves in the heap counts against it.
    const exported = await measurePeak(async () => {
      const result = await exportPacket(ctx, dpo, { incidentId: incident.id });
      if (!result.ok) throw new Error(JSON.stringify(result));
      exportId = result.value.exportId;
    });
    const baseline = await measurePeak(async () => {
      const zip = new ZipFile();
      const done = pipeline(zip.outputStream as Readable, createWriteStream(path.join(scratch, "baseline.zip")));
      for (const [index, file] of files.entries())
        zip.addReadStreamLazy(`evidence-${index + 1}.bin`, { compress: false }, (cb) => {
          openDecrypted(store, file.storageKey, file.id).then(
            (stream) => cb(null, stream),
            (error: Error) => cb(error, undefined as never),
          );
        });
      zip.end();
      await done;
    });
    const packetFile = path.join(scratch, "packet.zip");
    await pipeline(await store.open("exports", exportId), createWriteStream(packetFile));
    const checked = await verifyPacket(packetFile);
    const verified =
      checked.status === "checked" ? (checked.ok ? `OK ${checked.files} files` : `${checked.problems.length} problems`) : checked.reason;
    return { exported, baseline, verified };
  } finally {
    await db.$disconnect();
  }
}

let compiled: string | undefined;

/** This file and the app code it imports, bundled into one JavaScript module beside node_modules (packages stay imports). */
async function compileThisFile(): Promise<string> {
  const outfile = path.resolve("node_modules/.cache/breachdesk-bench/packet-200mb.mjs");
  await build({
    entryPoints: [process.argv[1]!],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
  });
  return outfile;
}

function child(role: "setup" | "measure", url: string, dataDir: string): Promise<Result | undefined> {
  const args = ["--role", role, "--url", url, "--mb", String(values.mb), "--files", String(fileCount)];
  // The measuring child runs this file compiled, as `next start` runs the app: under tsx its compiler's 78 MB would count.
  const measured = role === "measure";
  const process_ = fork(measured ? compiled! : process.argv[1]!, args, {
    execArgv: measured ? ["--expose-gc"] : process.execArgv,
    env: { ...process.env, BREACHDESK_DATA_DIR: dataDir },
  });
  let result: Result | undefined;
  process_.on("message", (message) => (result = message as Result));
  return new Promise((resolve, reject) =>
    process_.on("exit", (code) => (code === 0 ? resolve(result) : reject(new Error(`${role} failed (exit ${code})`)))),
  );
}

/** Parent: one scratch database and data folder per kind, set up and measured by children. True if on target. */
async function benchOne(kind: "sqlite" | "postgresql", serverUrl: string | undefined): Promise<boolean> {
  const dataDir = mkdtempSync(path.join(tmpdir(), `breachdesk-packet-200mb-${kind}-`));
  const database = await scratchDatabase(dataDir, "bd_bench_packet_200mb", serverUrl ?? "file:");
  try {
    await child("setup", database.url, dataDir);
    const result = await child("measure", database.url, dataDir);
    if (!result) throw new Error("the measuring child sent no figures");
    const { exported, baseline, verified } = result;
    const ratio = exported.seconds / baseline.seconds;
    const mbps = (phase: Measured) => (totalBytes / MB / phase.seconds).toFixed(0);
    const line = (name: string, phase: Measured) =>
      `  ${name.padEnd(34)} ${phase.seconds.toFixed(2).padStart(7)} s ${mbps(phase).padStart(4)} MB/s  ` +
      `rss ${phase.startRssMb.toFixed(0)} -> peak ${phase.peakRssMb.toFixed(0)} MB  ` +
      `peak heap ${phase.peakHeapMb.toFixed(0)} MB  buffers ${phase.peakBuffersMb.toFixed(0)} MB`;
    console.log(`packet 200 MB ${kind}: ${fileCount} attachments, ${values.mb} MB of random bytes, encrypted in the store`);
    console.log(line("exportPacket (service, into store)", exported));
    console.log(line("baseline: decrypt + yazl to file", baseline));
    console.log(`  time ratio ${ratio.toFixed(2)} (target <= ${TIME_RATIO_LIMIT}); verify: ${verified}`);
    const missed = [
      exported.peakRssMb >= PEAK_RSS_LIMIT_MB && `peak rss ${exported.peakRssMb.toFixed(0)} MB >= ${PEAK_RSS_LIMIT_MB} MB`,
      ratio > TIME_RATIO_LIMIT && `time ${ratio.toFixed(2)} x the baseline > ${TIME_RATIO_LIMIT}`,
      !verified.startsWith("OK") && `the packet does not verify (${verified})`,
    ].filter(Boolean);
    console.log(missed.length === 0 ? `  PASS ${kind}` : `  FAIL ${kind}: ${missed.join("; ")}`);
    return missed.length === 0;
  } catch (error) {
    console.error(`  FAIL ${kind}: ${(error as Error).message}`);
    return false;
  } finally {
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const [one, five, fifteen] = loadavg().map((load) => load.toFixed(2));
  console.log(`node ${process.version}; load average ${one} ${five} ${fifteen} at start`);
  compiled = await compileThisFile();
  let pass = values.db === "postgresql" || (await benchOne("sqlite", undefined));
  if (values.db === "sqlite") return pass ? 0 : 1;
  const postgresUrl = [process.env.TEST_POSTGRES_URL, process.env.DATABASE_URL].find((url) => url?.startsWith("postgres"));
  if (postgresUrl) pass = (await benchOne("postgresql", postgresUrl)) && pass;
  else console.log("packet 200 MB postgresql: skipped (set TEST_POSTGRES_URL or DATABASE_URL to a PostgreSQL server)");
  console.log(`load average ${loadavg()[0]!.toFixed(2)} at the end`);
  return pass ? 0 : 1;
}

if (values.role === "setup") await seedEncryptedEvidence(values.url!, totalBytes, fileCount);
else if (values.role === "measure") process.send!(await measure(values.url!));
else process.exitCode = await main();
