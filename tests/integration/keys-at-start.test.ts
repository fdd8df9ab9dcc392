import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { closeDb } from "@/lib/db/client";
import { cliOperator } from "@/lib/server/actor";
import { keyFilePath, keyring, keyringFrom, resetKeyringCache, saveKeyFile, type KeyFile } from "@/lib/server/crypto/keyring";
import { MissingKeysError } from "@/lib/server/crypto/missing-keys";
import { rotateKeys } from "@/lib/server/crypto/rotate-keys";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { checkHealth, forgetHealthChecks } from "@/lib/server/health";
import { checkBeforeStart, StartRefused } from "@/lib/server/start-up-check";
import { createTestContext, type TestContext } from "./support/test-context";

const root = path.resolve(import.meta.dirname, "../..");
const ORIGINAL_ID = "k-original-0001";
const original: KeyFile = { current: ORIGINAL_ID, keys: { [ORIGINAL_ID]: Buffer.alloc(32, 7).toString("base64") } };
let ctx: TestContext;

function freshDataDir() {
  process.env.BREACHDESK_DATA_DIR = mkdtempSync(path.join(tmpdir(), "bd-keys-start-"));
  resetKeyringCache();
  forgetHealthChecks();
}

async function refusal(check: Promise<unknown>): Promise<string> {
  const error = await check.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(StartRefused);
  return (error as Error).message;
}

beforeEach(() => {
  delete process.env.BREACHDESK_ENCRYPTION_KEYS;
});
afterAll(async () => {
  await closeCliResources();
  await closeDb();
  delete process.env.DATABASE_URL;
  await ctx.close();
});

describe("a new database", () => {
  it("gets its first key file at start, under an id that is not a counter", async () => {
    ctx = await createTestContext();
    process.env.DATABASE_URL = ctx.url;
    freshDataDir();
    const result = await checkBeforeStart(ctx.db);
    expect(result.createdKeyId).toMatch(/^k-[0-9a-z]+-[0-9a-f]{12}$/);
    const created = JSON.parse(readFileSync(keyFilePath(), "utf8")) as KeyFile;
    expect(created.current).toBe(result.createdKeyId);
    expect(Buffer.from(created.keys[created.current]!, "base64")).toHaveLength(32);
    // A second start keeps it.
    expect(await checkBeforeStart(ctx.db)).toEqual({ source: "file", createdKeyId: null });
    expect((JSON.parse(readFileSync(keyFilePath(), "utf8")) as KeyFile).keys).toEqual(created.keys);
  });
});

describe("a database holding encrypted data, without its key file", () => {
  it("refuses to start with one line saying what is missing and how to restore it, and creates nothing", async () => {
    const user = await ctx.db.user.create({ data: { email: "dpo@start.example", name: "DPO" } });
    await ctx.db.user.update({
      where: { id: user.id },
      data: { totpSecret: seal("JBSWY3DPEHPK3PXP", at("user", "totpSecret", user.id), keyringFrom(original)) },
    });
    freshDataDir();
    const message = await refusal(checkBeforeStart(ctx.db));
    expect(message.split("\n")).toHaveLength(1);
    expect(message).toBe(
      `Cannot start: Encryption keys missing: ${keyFilePath()} does not exist and the database holds encrypted data. ` +
        `Restore keys.json from your backup into ${process.env.BREACHDESK_DATA_DIR}, or set BREACHDESK_ENCRYPTION_KEYS.`,
    );
    expect(existsSync(keyFilePath())).toBe(false);
  });

  it("is not given a new key by the running app either", () => {
    freshDataDir();
    expect(() => keyring()).toThrow(MissingKeysError);
    expect(existsSync(keyFilePath())).toBe(false);
  });

  it("starts with the keys restored, from the file or from BREACHDESK_ENCRYPTION_KEYS", async () => {
    freshDataDir();
    saveKeyFile(original);
    expect(await checkBeforeStart(ctx.db)).toEqual({ source: "file", createdKeyId: null });
    freshDataDir();
    process.env.BREACHDESK_ENCRYPTION_KEYS = JSON.stringify(original);
    expect(await checkBeforeStart(ctx.db)).toEqual({ source: "environment", createdKeyId: null });
    expect(existsSync(keyFilePath())).toBe(false);
  });

  it("makes a CLI command exit 2 with that one line", async () => {
    freshDataDir();
    const io = memoryIO();
    expect(await runCli(["org", "create", "--name", "Praxis Neu"], io)).toBe(2);
    expect(io.stderr.trim().split("\n")).toHaveLength(1);
    expect(io.stderr).toMatch(
      /^keys: Encryption keys missing: .*keys\.json does not exist and the database holds encrypted data\. Restore keys\.json from your backup/,
    );
    expect(existsSync(keyFilePath())).toBe(false);
  });

  it("still lets `audit verify` check the chain, which needs no encryption key", async () => {
    freshDataDir();
    const io = memoryIO();
    expect(await runCli(["audit", "verify"], io)).toBe(0);
    expect(io.stdout).toMatch(/^OK \d+ entries/);
    expect(existsSync(keyFilePath())).toBe(false);
  });

  it("stops `npm start` with exit 1 and that one line, before building or serving anything", () => {
    freshDataDir();
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "scripts/start.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: ctx.url, BREACHDESK_DATA_DIR: process.env.BREACHDESK_DATA_DIR, PORT: "1" },
      encoding: "utf8",
      timeout: 120_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Cannot start: Encryption keys missing: .*Restore keys\.json from your backup/),
    ]);
    expect(run.stdout).not.toContain("Building");
    expect(run.stdout).not.toContain("serving");
    expect(existsSync(keyFilePath())).toBe(false);
  });

  it("stops the worker process with exit 1 and that one line, no stack trace", () => {
    freshDataDir();
    const run = spawnSync(process.execPath, [path.join(root, "node_modules/tsx/dist/cli.mjs"), "lib/server/worker/worker-main.ts"], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: ctx.url, BREACHDESK_DATA_DIR: process.env.BREACHDESK_DATA_DIR },
      encoding: "utf8",
      timeout: 60_000,
    });
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split("\n")).toEqual([
      expect.stringMatching(/^Cannot start: Encryption keys missing: .*Restore keys\.json from your backup/),
    ]);
    expect(existsSync(keyFilePath())).toBe(false);
  });
});

describe("health", () => {
  it("is ok with the keys that sealed the data, and not ok with a replaced or missing key file", async () => {
    freshDataDir();
    saveKeyFile(original);
    expect(await checkHealth()).toEqual({ status: "ok" });

    // The reproduced failure: a new key under the same id.
    freshDataDir();
    saveKeyFile({ current: ORIGINAL_ID, keys: { [ORIGINAL_ID]: Buffer.alloc(32, 8).toString("base64") } });
    expect(await checkHealth()).toEqual({ status: "unavailable", problem: "encryption keys cannot read the stored data" });

    freshDataDir();
    saveKeyFile({ current: "k-other", keys: { "k-other": Buffer.alloc(32, 9).toString("base64") } });
    expect(await checkHealth()).toEqual({ status: "unavailable", problem: "encryption keys cannot read the stored data" });

    freshDataDir();
    expect(await checkHealth()).toEqual({ status: "unavailable", problem: "encryption keys cannot read the stored data" });
  });

  it("names a data folder the app cannot write to", async () => {
    freshDataDir();
    saveKeyFile(original);
    writeFileSync(path.join(process.env.BREACHDESK_DATA_DIR!, "exports"), "a file where the folder should be");
    expect(await checkHealth()).toEqual({ status: "unavailable", problem: "folder not writable: exports" });
    const message = await refusal(checkBeforeStart(ctx.db));
    expect(message).toBe(`Cannot start: The folder ${path.join(process.env.BREACHDESK_DATA_DIR!, "exports")} is not a folder.`);
  });
});

describe("key ids", () => {
  it("rotation refuses an id that a stored value already names", async () => {
    freshDataDir();
    mkdirSync(process.env.BREACHDESK_DATA_DIR!, { recursive: true });
    const current: KeyFile = { current: "k-now", keys: { "k-now": Buffer.alloc(32, 3).toString("base64") } };
    saveKeyFile(current);
    const before = readFileSync(keyFilePath(), "utf8");
    const result = await rotateKeys(ctx, cliOperator, { keyId: ORIGINAL_ID });
    expect(result).toMatchObject({ ok: false, error: "conflict" });
    expect(readFileSync(keyFilePath(), "utf8")).toBe(before);
    const fresh = await rotateKeys(ctx, cliOperator, { keyId: "k-now" });
    expect(fresh).toMatchObject({ ok: false, error: "conflict" });
  });
});
