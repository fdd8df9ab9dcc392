import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";
import { closeCliResources } from "@/lib/cli/resources";
import "@/lib/cli/register-admin";
import type { Actor } from "@/lib/server/actor";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { attachmentPath, attachmentsDirectory, storeEncrypted } from "@/lib/server/incidents/attachments/attachment-store";
import { readAttachment } from "@/lib/server/incidents/attachments/read-attachment";
import { exportsDirectory, packetPath } from "@/lib/server/packet/packet-store";
import { blobStore, folderBlobStore } from "@/lib/server/storage/blob-store";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { storedBytes } from "./support/stored-bytes";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";

/*
 * `breachdesk storage migrate` moves a PostgreSQL deployment's files from the data folder into the database.
 * Killed in the middle (SIGKILL, as a crash or a lost SSH session would) and run again, it loses nothing.
 */
const root = path.resolve(import.meta.dirname, "..", "..");
const FILES = 10;
const FILE_BYTES = 3 * 1024 * 1024 + 17;
let ctx: TestContext;
let dpo: Actor;
const originals = new Map<string, Buffer>();
const packetId = "d".repeat(32);
const packetBytes = randomBytes(2 * 1024 * 1024 + 5);
const previousDataDir = process.env.BREACHDESK_DATA_DIR;
const previousKeys = process.env.BREACHDESK_ENCRYPTION_KEYS;

beforeAll(async () => {
  ctx = await createTestContext();
  // A data folder of this file's own, with the run's keys, so the child process reads the same ones.
  if (!previousKeys)
    process.env.BREACHDESK_ENCRYPTION_KEYS = JSON.stringify((await import("@/lib/server/crypto/key-source")).readKeySource().content);
  process.env.BREACHDESK_DATA_DIR = mkdtempSync(path.join(tmpdir(), "bd-storage-"));
  process.env.DATABASE_URL = ctx.url;
  const org = await practice(ctx, "storage");
  dpo = await person(ctx, "storage-dpo", org.id, "dpo");
  const userId = (dpo as { userId: string }).userId;
  const incidentId = await incidentIn(ctx, org.id, userId, "BD-2026-0001");
  // Files as a deployment written before the database held them: encrypted, in the data folder.
  for (let index = 0; index < FILES; index++) {
    const bytes = randomBytes(FILE_BYTES);
    const id = newRowId();
    const stored = await storeEncrypted(folderBlobStore(), Readable.from([bytes]), FILE_BYTES, id);
    if (!stored.ok) throw new Error(stored.problem);
    await ctx.db.attachment.create({
      data: {
        id,
        incidentId,
        fileName: seal(`evidence-${index}.txt`, at("attachment", "fileName", id)),
        contentType: "text/plain",
        size: FILE_BYTES,
        sha256: stored.stored.sha256,
        storageKey: stored.stored.storageKey,
        keyId: stored.stored.keyId,
        uploadedById: userId,
      },
    });
    originals.set(id, bytes);
  }
  mkdirSync(exportsDirectory(), { recursive: true });
  writeFileSync(packetPath(packetId), packetBytes);
});
afterEach(async () => closeCliResources());
afterAll(async () => {
  delete process.env.DATABASE_URL;
  process.env.BREACHDESK_DATA_DIR = previousDataDir;
  if (previousDataDir === undefined) delete process.env.BREACHDESK_DATA_DIR;
  if (previousKeys === undefined) delete process.env.BREACHDESK_ENCRYPTION_KEYS;
  await ctx.close();
});

/**
 * Runs the command as its own process and kills it (SIGKILL) in the middle of copying a file: once it has moved
 * `killAfter` files and the database holds a copy not yet complete.
 */
function migrateUntilKilled(killAfter: number): Promise<{ moved: number; killed: boolean; midCopy: boolean }> {
  const child = spawn(process.execPath, ["bin/breachdesk.js", "storage", "migrate"], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: ctx.url },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let moved = 0;
  let midCopy = false;
  let done = false;
  child.stderr.on("data", (chunk: Buffer) => {
    moved += chunk
      .toString()
      .split("\n")
      .filter((line) => line.startsWith("moved ")).length;
  });
  void (async () => {
    while (!done) {
      if (moved >= killAfter && (await ctx.db.storedBlob.count({ where: { complete: false } })) > 0) {
        midCopy = true;
        child.kill("SIGKILL");
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  })();
  return new Promise((resolve) =>
    child.on("exit", (_code, signal) => {
      done = true;
      resolve({ moved, killed: signal === "SIGKILL", midCopy });
    }),
  );
}

const inFolder = () => (existsSync(attachmentsDirectory()) ? readdirSync(attachmentsDirectory()) : []);

describe.runIf(integrationProvider() === "postgresql")("breachdesk storage migrate (PostgreSQL)", () => {
  it("stopped halfway, has moved some files and lost none: each is in the folder or complete in the database", async () => {
    const run = await migrateUntilKilled(3);
    expect(run).toMatchObject({ killed: true, midCopy: true });
    const left = inFolder().filter((name) => !name.endsWith(".part"));
    expect(left.length).toBeGreaterThan(0);
    expect(left.length).toBeLessThanOrEqual(FILES - 3);
    const rows = await ctx.db.attachment.findMany({ select: { id: true, storageKey: true } });
    for (const row of rows) {
      const complete = await ctx.db.storedBlob.count({ where: { id: `attachments/${row.storageKey}`, complete: true } });
      expect(existsSync(attachmentPath(row.storageKey)) || complete === 1, row.id).toBe(true);
    }
    // Meanwhile the app reads every attachment, moved or not.
    for (const [id, bytes] of originals)
      expect(value(await readAttachment(ctx, dpo, { attachmentId: id })).content.equals(bytes), id).toBe(true);
  });

  it("run again, moves the rest, compares each copy, and leaves the data folder empty", async () => {
    const io = memoryIO();
    expect(await runCli(["storage", "migrate", "--json"], io)).toBe(0);
    const report = JSON.parse(io.stdout);
    expect(report.attachments.moved + report.attachments.alreadyMoved).toBe(FILES);
    expect(report.attachments.moved).toBeGreaterThan(0);
    expect(report.attachments.missing).toEqual([]);
    expect(inFolder()).toEqual([]);
    expect(existsSync(packetPath(packetId))).toBe(false);
    expect((await storedBytes(ctx, "exports", packetId)).equals(packetBytes)).toBe(true);
    expect(await ctx.db.storedBlob.count({ where: { complete: false } })).toBe(0);
    for (const [id, bytes] of originals)
      expect(value(await readAttachment(ctx, dpo, { attachmentId: id })).content.equals(bytes), id).toBe(true);
    expect(blobStore(ctx).kind).toBe("database");
  });

  it("a third run finds nothing left to move", async () => {
    const io = memoryIO();
    expect(await runCli(["storage", "migrate"], io)).toBe(0);
    expect(io.stdout).toContain(`Attachments: 0 moved into the database, ${FILES} already there.`);
  });
});

describe.runIf(integrationProvider() === "sqlite")("breachdesk storage migrate (SQLite)", () => {
  it("refuses, naming DATABASE_URL: SQLite keeps its files in the data folder", async () => {
    const io = memoryIO();
    expect(await runCli(["storage", "migrate"], io)).toBe(2);
    expect(io.stderr).toMatch(/^DATABASE_URL: is a SQLite database/);
  });
});
