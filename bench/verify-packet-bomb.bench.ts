/**
 * verify-packet against a hostile packet: a ZIP of a few hundred KB whose audit.jsonl unpacks to 5 million
 * lines that are not audit entries (before the limits, this took 44 s and 723 MB and then crashed). Prints
 * time, peak RSS and the problems listed.
 *
 *   npx tsx bench/verify-packet-bomb.bench.ts [--lines 5000000]
 *
 * Exits 1 above 5 s or 256 MB peak RSS, or if the verdict is not a failure with a bounded list.
 */
import { createWriteStream } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { parseArgs } from "node:util";
import { ZipFile } from "yazl";
import { verifyPacket } from "../lib/documents/packet/verify-packet";

const LIMIT_SECONDS = 5;
const LIMIT_PEAK_RSS_MB = 256;
const MB = 1024 * 1024;
const { values } = parseArgs({ options: { lines: { type: "string", default: "5000000" } } });
const lines = Number(values.lines);

async function bomb(path: string): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream as Readable, createWriteStream(path));
  const chunk = Buffer.from("x\n".repeat(500_000));
  const chunks = function* () {
    for (let written = 0; written < lines; written += 500_000) yield chunk;
  };
  zip.addReadStream(Readable.from(chunks()), "audit.jsonl", { compress: true });
  zip.addBuffer(Buffer.from("{}"), "manifest.json");
  zip.end();
  await done;
}

const dir = await mkdtemp(join(tmpdir(), "breachdesk-bomb-bench-"));
try {
  const path = join(dir, "bomb.zip");
  await bomb(path);
  const size = (await stat(path)).size;
  (globalThis as { gc?: () => void }).gc?.();
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const started = performance.now();
  const result = await verifyPacket(path);
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  const listed = result.status === "checked" ? result.problems.length : 0;
  console.log(`packet: ${(size / 1024).toFixed(0)} KB, ${lines} audit lines`);
  console.log(
    `verifyPacket: ${seconds.toFixed(2)} s, peak RSS ${(peak / MB).toFixed(0)} MB, ${listed} problems ` +
      `listed, verdict ${result.status === "checked" ? (result.ok ? "OK" : "failed") : result.status}`,
  );
  const met = result.status === "checked" && !result.ok && listed <= 101 && seconds <= LIMIT_SECONDS && peak / MB <= LIMIT_PEAK_RSS_MB;
  console.log(
    met
      ? `target met (<= ${LIMIT_SECONDS} s, <= ${LIMIT_PEAK_RSS_MB} MB)`
      : `TARGET MISSED (<= ${LIMIT_SECONDS} s, <= ${LIMIT_PEAK_RSS_MB} MB, a failed verdict with <= 101 lines)`,
  );
  process.exitCode = met ? 0 : 1;
} finally {
  await rm(dir, { recursive: true, force: true });
}
