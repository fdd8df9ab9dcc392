import { execFileSync, spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { pipeline } from "node:stream/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listEntries, openZip } from "@/lib/documents/packet/zip-reader";
import { TEST_KEY, tempDir, writeSamplePacket } from "./packet-fixtures";

/*
 * The check a lawyer or an authority runs without Breachdesk, exactly as VERIFY.txt gives it: real
 * `sha256sum` and `openssl` processes on the unzipped packet.
 */
let dir: { path: string; cleanup: () => Promise<void> };
let unpacked: string;

async function unzipInto(zipPath: string, target: string) {
  const zip = await openZip(zipPath);
  try {
    for (const entry of await listEntries(zip)) {
      const path = join(target, entry.fileName);
      await mkdir(dirname(path), { recursive: true });
      await pipeline(await zip.openReadStreamPromise(entry), createWriteStream(path));
    }
  } finally {
    zip.close();
  }
}

const sh = (command: string) => spawnSync("sh", ["-c", command], { cwd: unpacked, encoding: "utf8" });
const OPENSSL_VERIFY = "openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in MANIFEST.sha256 -sigfile MANIFEST.sha256.sig";

beforeAll(async () => {
  dir = await tempDir();
  const zip = join(dir.path, "packet.zip");
  await writeSamplePacket(zip, { compress: true });
  unpacked = join(dir.path, "unpacked");
  await unzipInto(zip, unpacked);
});
afterAll(() => dir.cleanup());

describe("checking an unzipped packet with sha256sum and openssl", () => {
  it("runs on OpenSSL 3 (Ed25519 needs -rawin)", () => {
    expect(execFileSync("openssl", ["version"], { encoding: "utf8" })).toMatch(/^OpenSSL 3\./);
  });

  it("every file passes `sha256sum -c MANIFEST.sha256`", () => {
    const result = sh("sha256sum -c MANIFEST.sha256");
    expect(result.status).toBe(0);
    const lines = result.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(9);
    expect(lines.every((line) => line.endsWith(": OK"))).toBe(true);
    expect(lines).toContain("attachments/Zpráva o incidentu.txt: OK");
  });

  it("the signature over MANIFEST.sha256 verifies with openssl, and the key's fingerprint is the one VERIFY.txt gives", async () => {
    const verified = sh(OPENSSL_VERIFY);
    expect(verified.stdout.trim()).toBe("Signature Verified Successfully");
    expect(verified.status).toBe(0);
    const fingerprint = sh("openssl pkey -pubin -in signing-key.pem -outform DER | tail -c 32 | sha256sum");
    expect(fingerprint.stdout.split(" ")[0]).toBe(TEST_KEY.keyId);
    const instructions = await readFile(join(unpacked, "VERIFY.txt"), "utf8");
    expect(instructions).toContain(`    ${TEST_KEY.keyId}\n`);
    expect(instructions).toContain(OPENSSL_VERIFY);
    expect(instructions).toContain("openssl pkey -pubin -in signing-key.pem -outform DER | tail -c 32 | sha256sum");
  });

  it("a changed file fails sha256sum, and a checksum list changed to match fails openssl", async () => {
    const register = join(unpacked, "documents/register.csv");
    const original = await readFile(register);
    const list = join(unpacked, "MANIFEST.sha256");
    const originalList = await readFile(list);
    try {
      await writeFile(register, "reference,awareAt\nBD-2026-0042,2026-03-29T08:00:00Z\n");
      const checked = sh("sha256sum -c MANIFEST.sha256");
      expect(checked.status).toBe(1);
      expect(checked.stdout).toContain("documents/register.csv: FAILED");

      const fresh = sh("sha256sum documents/register.csv").stdout.split(" ")[0]!;
      const edited = originalList.toString().replace(/^[0-9a-f]{64}(?= {2}documents\/register\.csv$)/m, fresh);
      expect(edited).not.toBe(originalList.toString());
      await writeFile(list, edited);
      expect(sh("sha256sum -c MANIFEST.sha256").status).toBe(0);
      const verified = sh(OPENSSL_VERIFY);
      expect(verified.status).not.toBe(0);
      expect(verified.stdout).toContain("Signature Verification Failure");
    } finally {
      await writeFile(register, original);
      await writeFile(list, originalList);
    }
    expect(sh(OPENSSL_VERIFY).status).toBe(0);
  });
});
