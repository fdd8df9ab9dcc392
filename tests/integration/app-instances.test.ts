import { fork, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPacket } from "@/lib/documents/packet/verify-packet";
import type { Actor } from "@/lib/server/actor";
import type { PacketJob } from "@/lib/schemas/answers/packet-job";
import { exited, waitFor } from "./support/worker-instances";
import { incidentIn, person, practice } from "./support/communication-fixtures";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";

/*
 * Many instances, one truth: two app instances (two processes, each with its own database connection, memory
 * and data folder) on one PostgreSQL, spoken to over HTTP (support/app-instance-process.ts). What one stores,
 * the other serves; an export started on one is followed and downloaded on the other; and an export whose
 * instance is killed ends (failed), never stuck as "running".
 */
const SCRIPT = path.join(import.meta.dirname, "support", "app-instance-process.ts");
// Short enough for a quick test, long enough that a busy test machine never starves a live instance's renewals.
const LEASE_MS = 5000;
// Tens of megabytes through two processes and one database on a shared machine: minutes, not the default minute.
const LONG = 240_000;
const EVIDENCE_FILES = 10;
const EVIDENCE_BYTES = 4 * 1024 * 1024;
let ctx: TestContext;
let dpo: Actor;
let incidentId: string;
const instances: Record<string, { child: ChildProcess; base: string; dataDir: string; log: string[] }> = {};
const previousKeys = process.env.BREACHDESK_ENCRYPTION_KEYS;

async function startInstance(name: string) {
  const dataDir = mkdtempSync(path.join(tmpdir(), `bd-instance-${name}-`));
  const log: string[] = [];
  const child = fork(SCRIPT, [], {
    execArgv: ["--import", "tsx"],
    cwd: path.resolve(import.meta.dirname, "..", ".."),
    env: {
      ...process.env,
      DATABASE_URL: ctx.url,
      ACTOR: JSON.stringify(dpo),
      BREACHDESK_DATA_DIR: dataDir,
      PACKET_EXPORT_LEASE_MS: String(LEASE_MS),
    },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.stdout?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => log.push(chunk.toString()));
  const port = await new Promise<number>((resolve, reject) => {
    child.once("message", (message: { port: number }) => resolve(message.port));
    child.once("exit", (code) => reject(new Error(`instance ${name} exited early (${code}):\n${log.join("")}`)));
  });
  instances[name] = { child, base: `http://127.0.0.1:${port}`, dataDir, log };
}

async function upload(instance: string, bytes: Buffer, name: string): Promise<string> {
  const response = await fetch(`${instances[instance]!.base}/attachments?incidentId=${incidentId}&name=${name}`, {
    method: "POST",
    body: new Uint8Array(bytes),
  });
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { id: string }).id;
}

async function status(instance: string, exportId: string): Promise<PacketJob> {
  const response = await fetch(`${instances[instance]!.base}/packets/${exportId}/status`);
  expect(response.status).toBe(200);
  return (await response.json()) as PacketJob;
}

async function startExport(instance: string): Promise<PacketJob> {
  const response = await fetch(`${instances[instance]!.base}/packets?incidentId=${incidentId}`, { method: "POST" });
  expect(response.status).toBe(200);
  return (await response.json()) as PacketJob;
}

/** Text evidence (the upload checks that a .txt holds text), different each time. */
const evidence = () => Buffer.from(randomBytes(EVIDENCE_BYTES / 2).toString("hex"));

const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder) : []);

describe.runIf(integrationProvider() === "postgresql")("two app instances on one PostgreSQL", () => {
  beforeAll(async () => {
    ctx = await createTestContext();
    // Both instances hold the same keys, as every instance of a deployment must.
    process.env.BREACHDESK_ENCRYPTION_KEYS =
      previousKeys ?? JSON.stringify((await import("@/lib/server/crypto/key-source")).readKeySource().content);
    const org = await practice(ctx, "instances");
    dpo = await person(ctx, "instances-dpo", org.id, "dpo");
    incidentId = await incidentIn(ctx, org.id, (dpo as { userId: string }).userId, "BD-2026-0001");
    await Promise.all([startInstance("a"), startInstance("b")]);
  });
  afterAll(async () => {
    for (const { child } of Object.values(instances)) {
      child.kill("SIGKILL");
      await exited(child);
    }
    if (previousKeys === undefined) delete process.env.BREACHDESK_ENCRYPTION_KEYS;
    await ctx?.close();
  });

  it("an attachment uploaded through one instance downloads through the other, and neither keeps it on its disk", async () => {
    const bytes = evidence();
    const id = await upload("a", bytes, "first-evidence.txt");
    const response = await fetch(`${instances.b!.base}/attachments/${id}`);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer()).equals(bytes)).toBe(true);
    for (const name of ["a", "b"]) expect(filesIn(path.join(instances[name]!.dataDir, "attachments"))).toEqual([]);
  });

  it(
    "a packet started on one instance is followed and downloaded on the other",
    async () => {
      for (let index = 1; index < EVIDENCE_FILES; index++) await upload(index % 2 ? "a" : "b", evidence(), `evidence-${index}.txt`);
      const started = await startExport("a");
      expect(started.state).toBe("running");
      let job = started;
      expect(await waitFor(async () => (job = await status("b", started.exportId)).state !== "running", LONG / 2)).toBe(true);
      expect(job, `${JSON.stringify(job)}\n${instances.a!.log.join("")}`).toMatchObject({
        state: "done",
        progress: { filesDone: expect.any(Number), bytesTotal: EVIDENCE_FILES * EVIDENCE_BYTES },
      });
      if (job.state !== "done") throw new Error("not done");
      expect(job.progress.bytesDone).toBe(EVIDENCE_FILES * EVIDENCE_BYTES);

      const response = await fetch(`${instances.b!.base}/packets/${incidentId}/${started.exportId}`);
      expect(response.status).toBe(200);
      const zip = Buffer.from(await response.arrayBuffer());
      expect(zip.length).toBe(job.packet.size);
      const file = path.join(mkdtempSync(path.join(tmpdir(), "bd-instances-packet-")), "packet.zip");
      writeFileSync(file, zip);
      const verified = await verifyPacket(file);
      if (verified.status !== "checked") throw new Error(verified.reason);
      expect(verified.problems).toEqual([]);
      expect(verified.manifest!.files.filter((f) => f.path.startsWith("attachments/0")).length).toBe(EVIDENCE_FILES);
      for (const name of ["a", "b"]) expect(filesIn(path.join(instances[name]!.dataDir, "exports"))).toEqual([]);
    },
    LONG,
  );

  it(
    "killing the instance that runs an export leaves a job that ends (failed, nothing kept), never stuck",
    async () => {
      const started = await startExport("b");
      // Killed while it writes: the job row shows files done and the state still running.
      let row = await ctx.db.packetExportJob.findUniqueOrThrow({ where: { id: started.exportId } });
      expect(
        await waitFor(async () => {
          row = await ctx.db.packetExportJob.findUniqueOrThrow({ where: { id: started.exportId } });
          return row.state !== "running" || row.filesDone > 0;
        }, 30_000),
      ).toBe(true);
      instances.b!.child.kill("SIGKILL");
      await exited(instances.b!.child);
      expect(row.state).toBe("running");

      let job: PacketJob = started;
      expect(await waitFor(async () => (job = await status("a", started.exportId)).state !== "running", LEASE_MS * 6)).toBe(true);
      expect(job).toMatchObject({ state: "failed", message: expect.stringMatching(/server running it went away/) });
      expect(await ctx.db.storedBlob.count({ where: { id: `exports/${started.exportId}` } })).toBe(0);
      // And the other instance goes on exporting.
      const again = await startExport("a");
      expect(await waitFor(async () => (job = await status("a", again.exportId)).state !== "running", LONG / 2)).toBe(true);
      expect(job.state).toBe("done");
    },
    LONG,
  );
});

describe.runIf(integrationProvider() === "sqlite")("two app instances", () => {
  it("need PostgreSQL (SQLite is one instance's file): run with INTEGRATION_DB=postgresql", () => {
    expect(integrationProvider()).toBe("sqlite");
  });
});
