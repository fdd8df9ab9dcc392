import { access, copyFile, rm } from "node:fs/promises";
import fc from "fast-check";
import { join } from "node:path";
import { createWriteStream } from "node:fs";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createPacketStream } from "@/lib/documents/packet/write-packet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PATH, MANIFEST_PATH } from "@/lib/documents/packet/manifest";
import { describeProblem } from "@/lib/documents/packet/packet-problems";
import { verifyPacket, type PacketVerification } from "@/lib/documents/packet/verify-packet";
import {
  auditLog,
  checkpointOf,
  withRedacted,
  entryDataRanges,
  GENERATED_AT,
  flipByte,
  sampleFiles,
  signerFor,
  tempDir,
  writeSamplePacket,
} from "./packet-fixtures";

let dir: { path: string; cleanup: () => Promise<void> };
let pristine: string;

beforeAll(async () => {
  dir = await tempDir();
  pristine = join(dir.path, "pristine.zip");
  await writeSamplePacket(pristine);
});
afterAll(() => dir.cleanup());

function checked(result: PacketVerification) {
  if (result.status !== "checked") throw new Error(`packet unreadable: ${result.reason}`);
  return result;
}

describe("a packet as written", () => {
  it("verifies, counting every file listed (attachments and audit.jsonl)", async () => {
    const result = checked(await verifyPacket(pristine));
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.files).toBe(sampleFiles().length + 1);
  });

  it("puts manifest.json last and lists each file with its size and sha256", async () => {
    const ranges = await entryDataRanges(pristine);
    expect([...ranges.keys()].at(-1)).toBe(MANIFEST_PATH);
    const { manifest } = checked(await verifyPacket(pristine));
    expect(manifest?.files.map((file) => file.path)).toEqual([...sampleFiles().map((file) => file.path), AUDIT_PATH]);
    expect(manifest).toMatchObject({ incidentReference: "BD-2026-0042", generatedAt: "2026-03-30T22:30:00.000Z" });
    expect(manifest?.audit).toMatchObject({ entries: 6, firstSeq: 1, lastSeq: 6 });
    const register = manifest?.files.find((file) => file.path === "documents/register.csv");
    expect(register?.size).toBe(Buffer.byteLength("reference,awareAt\nBD-2026-0042,2026-03-27T22:30:00Z\n"));
  });

  it("also verifies when deflated, and with an empty file", async () => {
    const path = join(dir.path, "deflated.zip");
    await writeSamplePacket(path, { compress: true, files: [...sampleFiles(), { path: "empty.txt", content: "" }] });
    const result = checked(await verifyPacket(path));
    expect(result.problems).toEqual([]);
    expect(result.files).toBe(sampleFiles().length + 2);
  });

  it("can be served as a stream and still verifies", async () => {
    const path = join(dir.path, "streamed.zip");
    const { stream, manifest } = createPacketStream({
      incidentReference: "BD-2026-0042",
      generatedAt: GENERATED_AT,
      files: sampleFiles(),
      auditEntries: auditLog(3),
      signer: signerFor(),
      checkpoint: checkpointOf(auditLog(3)),
    });
    await pipeline(stream, createWriteStream(path));
    expect((await manifest).files).toHaveLength(sampleFiles().length + 1);
    expect(checked(await verifyPacket(path)).problems).toEqual([]);
  });

  it("fails without leaving a half-written packet when a file cannot be read", async () => {
    const path = join(dir.path, "failed.zip");
    const failing = () =>
      new Readable({
        read() {
          this.destroy(new Error("disk read error"));
        },
      });
    await expect(writeSamplePacket(path, { files: [...sampleFiles(), { path: "broken.bin", content: failing }] })).rejects.toThrow(
      "disk read error",
    );
    await expect(access(path)).rejects.toThrow();
  });

  it("refuses paths that would escape the folder a reader unzips into", async () => {
    const path = join(dir.path, "bad-path.zip");
    await expect(writeSamplePacket(path, { files: [{ path: "../etc/passwd", content: "x" }] })).rejects.toThrow(/segments/);
    await expect(writeSamplePacket(path, { files: [{ path: MANIFEST_PATH, content: "x" }] })).rejects.toThrow(/reserved/);
  });
});

describe("a flipped byte in any entry's stored data", () => {
  const cases: { path: string; where: "first" | "middle" | "last" }[] = [];
  for (const path of [...sampleFiles().map((file) => file.path), AUDIT_PATH, MANIFEST_PATH]) {
    for (const where of ["first", "middle", "last"] as const) cases.push({ path, where });
  }

  it.each(cases)("in $path ($where byte) makes verify name that file", async ({ path, where }) => {
    const ranges = await entryDataRanges(pristine);
    const range = ranges.get(path);
    expect(range, `${path} is in the packet`).toBeDefined();
    const offset = where === "first" ? 0 : where === "middle" ? Math.floor(range!.length / 2) : range!.length - 1;
    const tampered = join(dir.path, `flip-${cases.findIndex((c) => c.path === path && c.where === where)}.zip`);
    await copyFile(pristine, tampered);
    await flipByte(tampered, range!.start + offset);

    const result = checked(await verifyPacket(tampered));
    expect(result.ok).toBe(false);
    const lines = result.problems.map(describeProblem);
    expect(
      lines.some((line) => line.startsWith(`${path}:`)),
      lines.join("\n"),
    ).toBe(true);
    if (path !== MANIFEST_PATH) {
      expect(result.problems).toContainEqual(expect.objectContaining({ kind: "sha256_mismatch", path }));
    }
  });
});

describe("a flipped byte anywhere in any entry's data (property)", () => {
  it("is always caught and attributed to the entry it hit", async () => {
    const ranges = [...(await entryDataRanges(pristine)).entries()];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: ranges.length - 1 }), fc.double({ min: 0, max: 1, noNaN: true }), async (which, fraction) => {
        const [path, range] = ranges[which]!;
        const offset = Math.min(range.length - 1, Math.floor(fraction * range.length));
        const tampered = join(dir.path, `property-${run++}.zip`);
        await copyFile(pristine, tampered);
        await flipByte(tampered, range.start + offset);
        const lines = checked(await verifyPacket(tampered)).problems.map(describeProblem);
        await rm(tampered);
        return lines.some((line) => line.startsWith(`${path}:`));
      }),
      { numRuns: 60 },
    );
  });
});

describe("the audit chain", () => {
  it("names an entry whose field was altered, even when the manifest was rebuilt to match", async () => {
    const entries = auditLog(6);
    entries[2] = { ...entries[2]!, action: "incident.deleted" };
    const path = join(dir.path, "altered-audit.zip");
    await writeSamplePacket(path, { auditEntries: entries });

    const result = checked(await verifyPacket(path));
    // The manifest matches the altered file, so only the chain can catch it.
    expect(result.problems.filter((problem) => problem.kind === "sha256_mismatch")).toEqual([]);
    expect(result.problems).toEqual([expect.objectContaining({ kind: "audit_hash_mismatch", seq: 3, id: "aud_0003" })]);
    expect(describeProblem(result.problems[0]!)).toMatch(/seq 3 id aud_0003/);
  });

  it("names the entry after a removed one", async () => {
    const entries = auditLog(6);
    entries.splice(3, 1);
    const path = join(dir.path, "removed-audit.zip");
    await writeSamplePacket(path, { auditEntries: entries });

    const result = checked(await verifyPacket(path));
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: "audit_chain_broken", seq: 5, id: "aud_0005" }));
    expect(result.problems).toContainEqual(expect.objectContaining({ kind: "audit_seq_gap", seq: 5, expectedSeq: 4 }));
  });

  it("names an entry whose prevHash was rewritten along with its own hash", async () => {
    const entries = auditLog(4);
    const { auditHash } = await import("@/lib/domain/audit/chain");
    const forged = { ...entries[1]!, prevHash: "a".repeat(64) };
    entries[1] = { ...forged, hash: auditHash(forged) };
    const path = join(dir.path, "forged-audit.zip");
    await writeSamplePacket(path, { auditEntries: entries });

    const result = checked(await verifyPacket(path));
    expect(result.problems.map((problem) => [problem.kind, "seq" in problem ? problem.seq : null])).toEqual([
      ["audit_chain_broken", 2],
      ["audit_chain_broken", 3],
    ]);
  });

  it("accepts an extract that starts in the middle of the log", async () => {
    const earlier = auditLog(4);
    const path = join(dir.path, "middle-audit.zip");
    await writeSamplePacket(path, { auditEntries: auditLog(3, 5, earlier.at(-1)!.hash) });
    expect(checked(await verifyPacket(path)).problems).toEqual([]);
  });

  it("links across entries redacted because they belong to another incident", async () => {
    const path = join(dir.path, "redacted-audit.zip");
    await writeSamplePacket(path, { auditEntries: withRedacted(auditLog(6), [1, 2, 4]) });
    expect(checked(await verifyPacket(path)).problems).toEqual([]);
  });

  it("names a redacted entry whose place in the chain was forged, and a full entry altered next to one", async () => {
    const entries = withRedacted(auditLog(6), [2]);
    entries[2] = { ...entries[2]!, hash: "b".repeat(64) };
    const path = join(dir.path, "forged-redacted.zip");
    await writeSamplePacket(path, { auditEntries: entries });
    const result = checked(await verifyPacket(path));
    expect(result.problems).toEqual([expect.objectContaining({ kind: "audit_chain_broken", seq: 4, id: "aud_0004" })]);

    const altered = withRedacted(auditLog(6), [2]);
    altered[3] = { ...(altered[3] as ReturnType<typeof auditLog>[number]), detail: "{}" };
    const second = join(dir.path, "altered-next-to-redacted.zip");
    await writeSamplePacket(second, { auditEntries: altered });
    expect(checked(await verifyPacket(second)).problems).toEqual([expect.objectContaining({ kind: "audit_hash_mismatch", seq: 4 })]);
  });

  it("refuses a field the hash does not cover, and a redacted line carrying data", async () => {
    const entries: unknown[] = auditLog(3);
    entries[1] = { ...(entries[1] as object), note: "added later" };
    entries[2] = { ...withRedacted(auditLog(3), [2])[2]!, action: "incident.read" };
    const path = join(dir.path, "extra-fields.zip");
    await writeSamplePacket(path, { auditEntries: entries as ReturnType<typeof auditLog> });
    const result = checked(await verifyPacket(path));
    expect(result.problems.map((problem) => [problem.kind, "line" in problem ? problem.line : null])).toEqual([
      ["audit_line_invalid", 2],
      ["audit_line_invalid", 3],
    ]);
  });

  it("reports a line that is not an entry by its line number", async () => {
    const path = join(dir.path, "garbage-audit.zip");
    const entries = auditLog(2);
    await writeSamplePacket(path, {
      auditEntries: [entries[0]!, { ...entries[1]!, hash: "not a hash" }],
    });
    const result = checked(await verifyPacket(path));
    expect(result.problems).toEqual([expect.objectContaining({ kind: "audit_line_invalid", line: 2 })]);
  });
});

describe("a packet that cannot be read", () => {
  it("is unreadable, not a finding", async () => {
    expect(await verifyPacket(join(dir.path, "does-not-exist.zip"))).toMatchObject({ status: "unreadable" });
    const notZip = join(dir.path, "plain.txt");
    await (await import("node:fs/promises")).writeFile(notZip, "this is not a zip file at all");
    expect(await verifyPacket(notZip)).toMatchObject({ status: "unreadable" });
    expect(await verifyPacket(dir.path)).toMatchObject({ status: "unreadable", reason: "not a file" });
  });
});
