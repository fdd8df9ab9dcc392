/**
 * Packet export through the real service (exportPacket on SQLite): an incident with ~200 MB of encrypted
 * evidence, exported to a packet with decryption, hashing, documents and the audit extract, next to a plain
 * ZIP (yazl, stored) of the same plaintext files in the same run. Reports time and PEAK RSS of each phase.
 *
 *   npx tsx --expose-gc bench/packet-export.bench.ts [--mb 200] [--files 8]
 *
 * Exits 1 if the peak RSS during the export exceeds 256 MB, or if the packet does not verify.
 */
import { fork } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createReadStream, createWriteStream, mkdtempSync } from "node:fs";
import { rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { ZipFile } from "yazl";
import { benchDpo } from "./support/bench-practice";

const MB = 1024 * 1024;
const PEAK_RSS_LIMIT_MB = 256;
const SAMPLE_EVERY_MS = 20;
const { values } = parseArgs({
  options: { mb: { type: "string", default: "200" }, files: { type: "string", default: "8" }, "setup-in": { type: "string" } },
});
const totalMb = Number(values.mb);
const fileCount = Number(values.files);

// The set-up (random files, encryption, rows) runs in a child process so its memory does not count here.
const scratch = values["setup-in"] ?? mkdtempSync(path.join(tmpdir(), "breachdesk-packet-export-bench-"));
process.env.BREACHDESK_DATA_DIR = scratch; // a throw-away key file and attachment store
const { openDb } = await import("../lib/db/client");
const { readEnv } = await import("../lib/config/env");
const { exportPacket } = await import("../lib/server/packet/export-packet");
const { packetPath } = await import("../lib/server/packet/packet-store");
const { verifyPacket } = await import("../lib/documents/packet/verify-packet");

interface Phase {
  name: string;
  seconds: number;
  startRssMb: number;
  peakRssMb: number;
}

async function measure(name: string, work: () => Promise<unknown>): Promise<Phase> {
  (globalThis as { gc?: () => void }).gc?.();
  const start = process.memoryUsage().rss;
  let peak = start;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), SAMPLE_EVERY_MS);
  const began = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { name, seconds: (performance.now() - began) / 1000, startRssMb: start / MB, peakRssMb: peak / MB };
}

async function writeRandomFile(file: string, size: number): Promise<void> {
  const out = createWriteStream(file);
  for (let written = 0; written < size; written += MB) {
    if (!out.write(randomBytes(Math.min(MB, size - written)))) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await new Promise<void>((resolve, reject) => out.on("finish", resolve).on("error", reject));
}

async function plainZip(files: string[], target: string): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream as Readable, createWriteStream(target));
  for (const file of files) zip.addReadStreamLazy(path.basename(file), { compress: false }, (cb) => cb(null, createReadStream(file)));
  zip.end();
  await done;
}

const DB_URL = `file:${path.join(scratch, "bench.db")}`;

/** Child process: a migrated database with one incident and its encrypted evidence. */
async function setUp(): Promise<void> {
  // Loaded only in the set-up child: the measured process holds what an export needs and no more.
  const { applyMigrations } = await import("../lib/db/migrate");
  const { createIncident } = await import("../lib/server/incidents/create-incident");
  const { storeEncrypted } = await import("../lib/server/incidents/attachments/attachment-store");
  const { blobStore } = await import("../lib/server/storage/blob-store");
  const { at, seal } = await import("../lib/server/crypto/sealed-text");
  const { newRowId } = await import("../lib/server/crypto/new-row-id");
  await applyMigrations(DB_URL);
  const { db, provider } = await openDb(DB_URL);
  const ctx = { db, provider, env: readEnv({ APP_URL: "https://bench.invalid" }), now: () => new Date() };
  try {
    const org = await db.organization.create({
      data: { slug: "bench", name: "Bench Practice", country: "FR", dpoName: "Bench DPO", dpoEmail: "dpo@bench.invalid" },
    });
    const dpo = await benchDpo(db, org.id, "dpo@bench.invalid", "Bench DPO");
    const created = await createIncident(ctx, dpo, {
      title: "Bench incident",
      awareAt: new Date(Date.now() - 3_600_000).toISOString(),
      timeZone: "Europe/Paris",
      facts: { breachTypes: ["availability"] },
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    // Evidence stored the way addAttachment stores it (encrypted, streamed), without buffering 25 MB Files.
    const fileSize = Math.floor((totalMb * MB) / fileCount);
    for (let index = 0; index < fileCount; index++) {
      const source = path.join(scratch, `evidence-${index + 1}.bin`);
      await writeRandomFile(source, fileSize);
      const attachmentId = newRowId();
      const stored = await storeEncrypted(blobStore(ctx), createReadStream(source), fileSize + 1, attachmentId);
      if (!stored.ok) throw new Error(stored.problem);
      await db.attachment.create({
        data: {
          id: attachmentId,
          incidentId: created.value.id,
          fileName: seal(`evidence-${index + 1}.bin`, at("attachment", "fileName", attachmentId)),
          contentType: "text/plain",
          size: stored.stored.size,
          sha256: stored.stored.sha256,
          storageKey: stored.stored.storageKey,
          keyId: stored.stored.keyId,
          purpose: "evidence",
          uploadedById: dpo.userId,
        },
      });
    }
  } finally {
    await db.$disconnect();
  }
}

async function runSetUpChild(): Promise<void> {
  const child = fork(process.argv[1]!, ["--setup-in", scratch, "--mb", String(totalMb), "--files", String(fileCount)], {
    execArgv: process.execArgv,
    env: process.env,
  });
  const code = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (code !== 0) throw new Error(`set-up failed (${code})`);
}

async function main(): Promise<number> {
  await runSetUpChild();
  const { db, provider } = await openDb(DB_URL);
  const ctx = { db, provider, env: readEnv({ APP_URL: "https://bench.invalid" }), now: () => new Date() };
  try {
    const user = await db.user.findUniqueOrThrow({ where: { email: "dpo@bench.invalid" }, include: { memberships: true } });
    const dpo = {
      kind: "user" as const,
      userId: user.id,
      email: user.email,
      memberships: [{ organizationId: user.memberships[0]!.organizationId, role: "dpo" as const }],
      ip: null,
      via: "web" as const,
    };
    const incident = await db.incident.findFirstOrThrow({ select: { id: true } });
    const sources = Array.from({ length: fileCount }, (_, index) => path.join(scratch, `evidence-${index + 1}.bin`));
    const bytes = (await Promise.all(sources.map((source) => stat(source)))).reduce((sum, info) => sum + info.size, 0);

    (globalThis as { gc?: () => void }).gc?.();
    const baselineMb = process.memoryUsage().rss / MB;
    let exportId = "";
    const phases: Phase[] = [];
    phases.push(
      await measure("exportPacket (service)", async () => {
        const result = await exportPacket(ctx, dpo, { incidentId: incident.id });
        if (!result.ok) throw new Error(JSON.stringify(result));
        exportId = result.value.exportId;
      }),
    );
    phases.push(await measure("plain zip of the same files", () => plainZip(sources, path.join(scratch, "plain.zip"))));
    let verified = "";
    phases.push(
      await measure("verifyPacket", async () => {
        const result = await verifyPacket(packetPath(exportId));
        verified =
          result.status === "checked" ? (result.ok ? `OK ${result.files} files` : result.problems.length + " problems") : result.reason;
      }),
    );
    const packetMb = (await stat(packetPath(exportId))).size / MB;
    const plainMb = (await stat(path.join(scratch, "plain.zip"))).size / MB;

    console.log(
      `input: ${fileCount} attachments, ${(bytes / MB).toFixed(0)} MB of random bytes (encrypted at rest); node ${process.version}`,
    );
    console.log(`baseline rss before export ${baselineMb.toFixed(0)} MB (sampled every ${SAMPLE_EVERY_MS} ms)`);
    for (const phase of phases) {
      console.log(
        `${phase.name.padEnd(30)} ` +
          `${phase.seconds.toFixed(2).padStart(7)} s ` +
          `${(bytes / MB / phase.seconds).toFixed(0).padStart(5)} MB/s  ` +
          `start rss ${phase.startRssMb.toFixed(0)} MB  peak rss ` +
          `${phase.peakRssMb.toFixed(0)} MB`,
      );
    }
    console.log(`packet ${packetMb.toFixed(1)} MB vs plain zip ${plainMb.toFixed(1)} MB; verify: ${verified}`);
    const peak = phases[0]!.peakRssMb;
    console.log(
      `export's own cost: peak - baseline = ${(peak - baselineMb).toFixed(0)} MB (the baseline is tsx, Prisma and pdf-lib loaded)`,
    );
    if (peak > PEAK_RSS_LIMIT_MB) {
      console.error(`FAIL: peak rss during the export ${peak.toFixed(0)} MB > ${PEAK_RSS_LIMIT_MB} MB`);
      return 1;
    }
    console.log(`PASS: peak rss during the export ${peak.toFixed(0)} MB <= ${PEAK_RSS_LIMIT_MB} MB`);
    return verified.startsWith("OK") ? 0 : 1;
  } finally {
    await db.$disconnect();
    await rm(scratch, { recursive: true, force: true });
  }
}

if (values["setup-in"]) await setUp();
else process.exitCode = await main();
