/**
 * Packet export benchmark: time and PEAK memory of writing a ~200 MB submission packet streamed from disk,
 * next to a plain ZIP of the same files made with the same library (yazl) in the same run, so the
 * packet's own cost (hashing, manifest, audit extract) shows against the bare archive.
 *
 *   npx tsx bench/packet.bench.ts [--mb 200] [--files 8]
 *
 * Exits 1 if the peak RSS during a packet export exceeds 256 MB.
 */
import { generateKeyPairSync, randomBytes } from "node:crypto";
import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { ZipFile } from "yazl";
import type { ChainedAuditEntry } from "../lib/domain/audit/chain";
import { sealAuditFields } from "../lib/documents/packet/audit-entry";
import { verifyPacket } from "../lib/documents/packet/verify-packet";
import { writePacketFile } from "../lib/documents/packet/write-packet";
import { signCheckpoint } from "../lib/domain/audit/checkpoint";
import { keyFingerprint, publicKeyPem, signBytes } from "../lib/domain/audit/signature";

// Signed as an export is, so the figures include the checksum list and the signature.
const signingKey = generateKeyPairSync("ed25519");
const signer = {
  keyId: keyFingerprint(signingKey.publicKey),
  publicKeyPem: publicKeyPem(signingKey.publicKey),
  sign: (message: Buffer) => signBytes(signingKey.privateKey, message),
};

const PEAK_RSS_LIMIT_MB = 256;
const SAMPLE_EVERY_MS = 20;
const MB = 1024 * 1024;
const processStartRssMb = process.memoryUsage().rss / MB;

const { values } = parseArgs({ options: { mb: { type: "string", default: "200" }, files: { type: "string", default: "8" } } });
const totalMb = Number(values.mb);
const fileCount = Number(values.files);

interface Phase {
  name: string;
  seconds: number;
  bytes: number;
  startRssMb: number;
  peakRssMb: number;
}

/** Samples RSS every 20 ms while `work` runs and reports the highest value seen. */
async function measure(name: string, bytes: number, work: () => Promise<unknown>): Promise<Phase> {
  (globalThis as { gc?: () => void }).gc?.();
  const startRss = process.memoryUsage().rss;
  let peak = startRss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, SAMPLE_EVERY_MS);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { name, seconds: (performance.now() - started) / 1000, bytes, startRssMb: startRss / MB, peakRssMb: peak / MB };
}

/** Random bytes in 1 MB chunks, so generating the input never holds a whole file either. */
async function writeRandomFile(path: string, size: number): Promise<void> {
  const out = createWriteStream(path);
  for (let written = 0; written < size; written += MB) {
    const chunk = randomBytes(Math.min(MB, size - written));
    if (!out.write(chunk)) await new Promise<void>((resolve) => out.once("drain", () => resolve()));
  }
  out.end();
  await new Promise<void>((resolve, reject) => out.on("finish", resolve).on("error", reject));
}

function auditExtract(count: number): ChainedAuditEntry[] {
  const entries: ChainedAuditEntry[] = [];
  for (let seq = 1; seq <= count; seq += 1) {
    entries.push(
      sealAuditFields(entries.at(-1), `aud_${seq}`, {
        seq,
        at: new Date(Date.UTC(2026, 2, 27, 22, 30) + seq * 1000).toISOString(),
        actorId: "usr_dpo",
        actorLabel: "dpo@example.org",
        organizationId: "org_bench",
        incidentId: "inc_bench",
        action: seq % 3 === 0 ? "incident.read" : "incident.update",
        detail: JSON.stringify({ field: "description" }),
        ip: null,
      }),
    );
  }
  return entries;
}

async function plainZip(paths: string[], target: string, compress: boolean): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream as Readable, createWriteStream(target));
  for (const path of paths) zip.addReadStreamLazy(path.split("/").at(-1)!, { compress }, (cb) => cb(null, createReadStream(path)));
  zip.end();
  await done;
}

async function packet(paths: string[], target: string, compress: boolean): Promise<void> {
  const extract = auditExtract(2_000);
  await writePacketFile(
    {
      incidentReference: "BD-BENCH-0001",
      generatedAt: new Date(),
      generator: "breachdesk bench",
      files: paths.map((path) => ({ path: `attachments/${path.split("/").at(-1)!}`, content: () => createReadStream(path) })),
      auditEntries: extract,
      signer,
      checkpoint: signCheckpoint(
        { seq: 2_000, headHash: extract.at(-1)!.hash, at: new Date().toISOString(), keyId: signer.keyId },
        signingKey.privateKey,
      ),
      compress,
    },
    target,
  );
}

function table(phases: Phase[], baselineMb: number): string {
  const header = ["phase", "time s", "MB/s", "start rss MB", "peak rss MB", "peak - baseline MB"];
  const rows = phases.map((phase) => [
    phase.name,
    phase.seconds.toFixed(2),
    (phase.bytes / MB / phase.seconds).toFixed(0),
    phase.startRssMb.toFixed(0),
    phase.peakRssMb.toFixed(0),
    (phase.peakRssMb - baselineMb).toFixed(0),
  ]);
  const widths = header.map((title, index) => Math.max(title.length, ...rows.map((row) => row[index]!.length)));
  const line = (cells: string[]) =>
    cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index]!) : cell.padStart(widths[index]!))).join("  ");
  return [line(header), line(widths.map((width) => "-".repeat(width))), ...rows.map(line)].join("\n");
}

async function main(): Promise<number> {
  const dir = await mkdtemp(join(tmpdir(), "breachdesk-packet-bench-"));
  try {
    const fileSize = Math.floor((totalMb * MB) / fileCount);
    const paths = Array.from({ length: fileCount }, (_, index) => join(dir, `attachment-${index + 1}.bin`));
    for (const path of paths) await writeRandomFile(path, fileSize);
    const inputBytes = fileSize * fileCount;

    (globalThis as { gc?: () => void }).gc?.();
    const baselineMb = process.memoryUsage().rss / MB;
    // Packet phases run first, so nothing the plain ZIP left in the heap counts against the packet.
    const phases: Phase[] = [];
    phases.push(await measure("packet (deflate)", inputBytes, () => packet(paths, join(dir, "packet-deflate.zip"), true)));
    phases.push(await measure("packet (store)", inputBytes, () => packet(paths, join(dir, "packet-store.zip"), false)));
    phases.push(await measure("plain zip (deflate)", inputBytes, () => plainZip(paths, join(dir, "plain-deflate.zip"), true)));
    phases.push(await measure("plain zip (store)", inputBytes, () => plainZip(paths, join(dir, "plain-store.zip"), false)));
    let verified = "";
    phases.push(
      await measure("verify packet (store)", inputBytes, async () => {
        const result = await verifyPacket(join(dir, "packet-store.zip"));
        verified =
          result.status === "checked" ? (result.ok ? `OK ${result.files} files` : `${result.problems.length} problems`) : result.reason;
      }),
    );

    const sizes = await Promise.all(
      ["packet-deflate.zip", "plain-deflate.zip"].map(async (name) => (await stat(join(dir, name))).size / MB),
    );
    console.log(`input: ${fileCount} files, ${(inputBytes / MB).toFixed(0)} MB of random bytes; node ${process.version}`);
    console.log(
      `rss at start ${processStartRssMb.toFixed(0)} MB; baseline rss before export ${baselineMb.toFixed(0)} ` +
        `MB (sampled every ${SAMPLE_EVERY_MS} ms)`,
    );
    console.log(table(phases, baselineMb));
    console.log(`packet ${sizes[0]!.toFixed(1)} MB vs plain zip ${sizes[1]!.toFixed(1)} MB (deflate); verify: ${verified}`);

    const packetPeak = Math.max(...phases.filter((phase) => phase.name.startsWith("packet")).map((phase) => phase.peakRssMb));
    if (packetPeak > PEAK_RSS_LIMIT_MB) {
      console.error(`FAIL: peak rss during packet export ${packetPeak.toFixed(0)} MB > ${PEAK_RSS_LIMIT_MB} MB`);
      return 1;
    }
    console.log(`PASS: peak rss during packet export ${packetPeak.toFixed(0)} MB <= ${PEAK_RSS_LIMIT_MB} MB`);
    return verified.startsWith("OK") ? 0 : 1;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

process.exitCode = await main();
