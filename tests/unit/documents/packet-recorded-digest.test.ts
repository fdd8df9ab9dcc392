import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { Readable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import { tempDir, writeSamplePacket } from "./packet-fixtures";

/*
 * Evidence carries the SHA-256 recorded at upload; the packet checks it as it hashes the bytes for the manifest
 * (one hash, not two), and fails rather than ship a file that differs from what was uploaded.
 */
let dir: { path: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  dir = await tempDir();
});
afterAll(() => dir.cleanup());

const evidence = Buffer.from("server log: 10.0.0.1 accessed the record\n".repeat(5_000));
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");
const file = (recorded: string) => ({
  path: "attachments/001-evidence-log.txt",
  content: () => Readable.from([evidence.subarray(0, 70_000), evidence.subarray(70_000)]),
  sha256: recorded,
});

describe("evidence with its recorded SHA-256", () => {
  it("whose bytes match: the packet is written, its manifest gives that digest, and it verifies", async () => {
    const path = join(dir.path, "matching.zip");
    const manifest = await writeSamplePacket(path, { files: [file(sha256(evidence))] });
    expect(manifest.files.find((entry) => entry.path === "attachments/001-evidence-log.txt")).toMatchObject({
      size: evidence.length,
      sha256: sha256(evidence),
    });
    expect(await verifyPacket(path)).toMatchObject({ status: "checked", ok: true });
  });

  it("whose bytes differ: the packet fails, names the file, and leaves nothing behind", async () => {
    const path = join(dir.path, "altered.zip");
    const altered = sha256(Buffer.concat([evidence, Buffer.from("x")]));
    await expect(writeSamplePacket(path, { files: [file(altered)] })).rejects.toThrow(
      "attachments/001-evidence-log.txt does not match its recorded SHA-256",
    );
    expect(existsSync(path)).toBe(false);
  });
});
