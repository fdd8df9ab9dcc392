import { createWriteStream } from "node:fs";
import { stat } from "node:fs/promises";
import { join } from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ZipFile } from "yazl";
import { run } from "@/lib/cli/commands/verify-packet";
import { EXIT_FINDING, memoryIO } from "@/lib/cli/io";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import { forgetSigningKey } from "@/lib/server/signing/deployment-signing-key";
import { rewritePacket, sampleFiles, tempDir, writeSamplePacket } from "./packet-fixtures";

/* A hostile packet costs a bounded amount of work: limited entries, lines and problems, no recursion per line. */
let dir: { path: string; cleanup: () => Promise<void> };
const BAD_LINES = 5_000_000;

/** A few hundred KB of ZIP that unpacks to millions of lines, none of them an audit entry. */
async function bomb(path: string): Promise<void> {
  const zip = new ZipFile();
  const done = pipeline(zip.outputStream as Readable, createWriteStream(path));
  const chunk = Buffer.from("x\n".repeat(500_000));
  zip.addReadStream(
    Readable.from(
      (function* () {
        for (let i = 0; i < BAD_LINES / 500_000; i += 1) yield chunk;
      })(),
    ),
    "audit.jsonl",
    { compress: true },
  );
  zip.addBuffer(Buffer.from("{}"), "manifest.json", { compress: true });
  zip.end();
  await done;
}

beforeAll(async () => {
  dir = await tempDir();
  process.env.BREACHDESK_SIGNING_KEY_FILE = join(dir.path, "no-key-here.json");
  forgetSigningKey();
});
afterAll(async () => {
  delete process.env.BREACHDESK_SIGNING_KEY_FILE;
  forgetSigningKey();
  await dir.cleanup();
});

describe("verify-packet on a hostile packet", () => {
  it("stops after 100 problems on 5 million bad audit lines, says where it stopped, and exits 1", async () => {
    const path = join(dir.path, "bomb.zip");
    await bomb(path);
    expect((await stat(path)).size).toBeLessThan(200_000);
    const io = memoryIO();
    expect(await run([path], io)).toBe(EXIT_FINDING);
    const lines = io.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[0]).toMatch(/^manifest\.json: invalid/);
    expect(lines.filter((line) => /^audit\.jsonl line \d+: not an audit entry \(not JSON\)$/.test(line))).toHaveLength(98);
    expect(lines.at(-1)).toBe("audit.jsonl: checking stopped at line 99 (after 100 problems); the lines after it were not checked");
  });

  it("lists 100 problems and counts the rest as 'and N more'", async () => {
    const many = sampleFiles().concat(
      Array.from({ length: 300 }, (_, i) => ({ path: `attachments/${String(i).padStart(3, "0")}.txt`, content: `file ${i}\n` })),
    );
    const full = join(dir.path, "many.zip");
    await writeSamplePacket(full, { files: many });
    const emptied = join(dir.path, "emptied.zip");
    await rewritePacket(full, emptied, (name, bytes) => (/^attachments\/\d{3}\.txt$/.test(name) ? null : bytes));
    const io = memoryIO();
    expect(await run([emptied], io)).toBe(EXIT_FINDING);
    const lines = io.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(101);
    expect(lines[0]).toBe("attachments/000.txt: listed in the manifest but missing from the packet");
    expect(lines.at(-1)).toBe("and 200 more problems");
    const json = memoryIO();
    await run([emptied, "--json"], json);
    expect(JSON.parse(json.stdout)).toMatchObject({ ok: false, omittedProblems: 200, problems: expect.any(Array) });
    expect(JSON.parse(json.stdout).problems).toHaveLength(100);
  });

  it("refuses to read a packet with more entries, or more bytes, or an extract of more lines than allowed", async () => {
    const path = join(dir.path, "sample.zip");
    await writeSamplePacket(path);
    expect(await verifyPacket(path, { limits: { maxEntries: 5 } })).toMatchObject({
      ok: false,
      problems: [{ kind: "packet_too_large", reason: "11 entries, a packet has at most 5" }],
    });
    expect(await verifyPacket(path, { limits: { maxTotalBytes: 1000 } })).toMatchObject({
      ok: false,
      problems: [
        { kind: "packet_too_large", reason: expect.stringMatching(/^its files unpack to \d+ bytes, a packet holds at most 1000$/) },
      ],
    });
    expect(await verifyPacket(path, { limits: { maxAuditLines: 4 } })).toMatchObject({
      ok: false,
      problems: [{ kind: "audit_check_stopped", line: 5, reason: "an extract has at most 4 lines" }],
    });
  });
});
