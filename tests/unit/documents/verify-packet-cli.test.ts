import { copyFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forgetSigningKey } from "@/lib/server/signing/deployment-signing-key";
import { run } from "@/lib/cli/commands/verify-packet";
import { BadInputError, EXIT_BAD_INPUT, EXIT_FINDING, EXIT_OK, memoryIO } from "@/lib/cli/io";
import { registerCommand, runCli } from "@/lib/cli/main";
import { auditLog, entryDataRanges, flipByte, TEST_KEY, tempDir, writeSamplePacket, writeSigningKeyFile } from "./packet-fixtures";

let dir: { path: string; cleanup: () => Promise<void> };
let pristine: string;
let tampered: string;

beforeAll(async () => {
  dir = await tempDir();
  // Run as on the deployment that signed the packets: its key file is where the command looks for it.
  process.env.BREACHDESK_SIGNING_KEY_FILE = join(dir.path, "signing.json");
  await writeSigningKeyFile(process.env.BREACHDESK_SIGNING_KEY_FILE);
  forgetSigningKey();
  pristine = join(dir.path, "packet.zip");
  await writeSamplePacket(pristine);
  // Two findings at once: a damaged attachment and an altered audit entry.
  const entries = auditLog(6);
  entries[1] = { ...entries[1]!, actorLabel: "someone-else@example.cz" };
  tampered = join(dir.path, "tampered.zip");
  await writeSamplePacket(tampered, { auditEntries: entries });
  const range = (await entryDataRanges(tampered)).get("documents/register.csv")!;
  await flipByte(tampered, range.start + 3);
});
afterAll(async () => {
  delete process.env.BREACHDESK_SIGNING_KEY_FILE;
  forgetSigningKey();
  await dir.cleanup();
});

describe("breachdesk verify-packet", () => {
  it("prints OK with the number of files and exits 0 for an intact packet", async () => {
    const io = memoryIO();
    expect(await run([pristine], io)).toBe(EXIT_OK);
    expect(io.stdout).toBe("OK 5 files\n");
    expect(io.stderr).toBe("");
  });

  it("prints one line per problem naming the file or audit entry, and exits 1", async () => {
    const io = memoryIO();
    expect(await run([tampered], io)).toBe(EXIT_FINDING);
    const lines = io.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^documents\/register\.csv: sha256 /);
    expect(lines[1]).toMatch(/^audit entry seq 2 id aud_0002: hash /);
  });

  it("with --json prints exactly one JSON document", async () => {
    const ok = memoryIO();
    expect(await run(["--json", pristine], ok)).toBe(EXIT_OK);
    expect(JSON.parse(ok.stdout)).toEqual({
      ok: true,
      files: 5,
      problems: [],
      omittedProblems: 0,
      signature: { packetKeyId: TEST_KEY.keyId, checkedWith: "deployment", checkpoint: { seq: 1, at: "2026-03-30T22:30:00.000Z" } },
    });

    const bad = memoryIO();
    expect(await run([tampered, "--json"], bad)).toBe(EXIT_FINDING);
    const report = JSON.parse(bad.stdout);
    expect(report.ok).toBe(false);
    expect(report.problems).toEqual([
      expect.objectContaining({ kind: "sha256_mismatch", path: "documents/register.csv", message: expect.any(String) }),
      expect.objectContaining({ kind: "audit_hash_mismatch", seq: 2, id: "aud_0002" }),
    ]);
  });

  it("treats a missing argument, a missing file and a file that is not a ZIP as bad input", async () => {
    const notZip = join(dir.path, "notes.txt");
    await writeFile(notZip, "hello");
    await expect(run([], memoryIO())).rejects.toBeInstanceOf(BadInputError);
    await expect(run([join(dir.path, "nope.zip")], memoryIO())).rejects.toThrow(/^packet: /);
    await expect(run([notZip], memoryIO())).rejects.toThrow(/not a readable ZIP/);
    await expect(run([pristine, pristine], memoryIO())).rejects.toBeInstanceOf(BadInputError);
    await expect(run(["--colour", pristine], memoryIO())).rejects.toBeInstanceOf(BadInputError);
  });

  it("exits 0, 1 and 2 through the CLI entry once registered", async () => {
    registerCommand("verify-packet", () => import("@/lib/cli/commands/verify-packet"));
    const copy = join(dir.path, "copy.zip");
    await copyFile(pristine, copy);
    expect(await runCli(["verify-packet", copy], memoryIO())).toBe(EXIT_OK);
    expect(await runCli(["verify-packet", tampered], memoryIO())).toBe(EXIT_FINDING);
    const io = memoryIO();
    expect(await runCli(["verify-packet"], io)).toBe(EXIT_BAD_INPUT);
    expect(io.stderr).toMatch(/^packet: is required/);
    expect(io.stdout).toBe("");
  });
});
