import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import type { PacketJob } from "@/lib/schemas/answers/packet-job";
import { failAbandonedPacketJobs, packetJobStatus, startPacketExport } from "@/lib/server/packet/export-jobs";
import { exportPacket, readExportedPacket } from "@/lib/server/packet/export-packet";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import { PACKET_LIFETIME_MS } from "@/lib/server/packet/packet-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { replaceStoredBytes, storedBytes, storedNames } from "./support/stored-bytes";
import { waitFor } from "./support/worker-instances";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * A packet export started from the page is a row: its progress and outcome are read from the database (so any
 * instance answers), only by the person who started it, and a job whose instance stopped renewing its lease is
 * failed by the next look at it, never left running. (Two real instances: app-instances.test.ts.)
 */
let ctx: TestContext;
let dpo: Actor;
let otherDpo: Actor;
let incidentId: string;

beforeAll(async () => {
  ctx = await createTestContext();
  const org = await practice(ctx, "jobs");
  dpo = await person(ctx, "jobs-dpo", org.id, "dpo");
  otherDpo = await person(ctx, "jobs-dpo-2", org.id, "dpo");
  incidentId = await incidentIn(ctx, org.id, (dpo as { userId: string }).userId, "BD-2026-0001");
});
afterAll(async () => ctx.close());

let abandoned = 0;

/** A job as an instance that died would leave it: running, its lease run out, a piece of the packet written. */
async function abandonedJob(): Promise<string> {
  const id = "e".repeat(31) + String(++abandoned);
  await ctx.db.packetExportJob.create({
    data: {
      id,
      incidentId,
      userId: (dpo as { userId: string }).userId,
      filesDone: 3,
      filesTotal: 9,
      leaseOwner: "gone:1:abcd",
      leaseUntil: new Date(Date.now() - 1000),
    },
  });
  if (ctx.provider === "postgresql") await ctx.db.storedBlob.create({ data: { id: `exports/${id}` } });
  return id;
}

describe("packet export jobs", () => {
  it("run to the end, their progress and outcome read from the row, the packet downloadable", async () => {
    const started = value(await startPacketExport(ctx, dpo, { incidentId }));
    expect(started).toMatchObject({ state: "running", incidentId });
    let job: PacketJob | null = started;
    expect(await waitFor(async () => (job = await packetJobStatus(ctx, dpo, started.exportId))?.state !== "running", 30_000)).toBe(true);
    expect(job).toMatchObject({ state: "done", packet: { exportId: started.exportId, fileName: "packet-BD-2026-0001.zip" } });
    const row = await ctx.db.packetExportJob.findUniqueOrThrow({ where: { id: started.exportId } });
    expect(row).toMatchObject({ state: "done", leaseOwner: null, leaseUntil: null });
    expect(row.filesDone).toBe(row.filesTotal);
    const download = value(await readExportedPacket(ctx, dpo, { incidentId, exportId: started.exportId }));
    expect(download.size).toBe(Number(row.size));
    download.stream.destroy();
  });

  it("are seen only by the person who started them", async () => {
    const started = value(await startPacketExport(ctx, dpo, { incidentId }));
    expect(await packetJobStatus(ctx, otherDpo, started.exportId)).toBeNull();
    expect(await packetJobStatus(ctx, dpo, "not-an-export-id")).toBeNull();
    await waitFor(async () => (await packetJobStatus(ctx, dpo, started.exportId))?.state !== "running", 30_000);
  });

  it("whose instance died are failed by the next look at them, with what was written removed", async () => {
    const id = await abandonedJob();
    expect(await packetJobStatus(ctx, dpo, id)).toMatchObject({
      state: "failed",
      progress: { filesDone: 3, filesTotal: 9 },
      message: expect.stringMatching(/server running it went away; nothing was kept/),
    });
    expect(await blobStore(ctx).size("exports", id)).toBeNull();
    expect(await ctx.db.storedBlob.count({ where: { id: `exports/${id}` } })).toBe(0);
  });

  it("whose instance died are failed by any instance's minute loop too, and forgotten with their packet after a day", async () => {
    const id = await abandonedJob();
    const live = value(await startPacketExport(ctx, dpo, { incidentId }));
    expect(await failAbandonedPacketJobs(ctx)).toBe(1);
    expect(await ctx.db.packetExportJob.findUniqueOrThrow({ where: { id } })).toMatchObject({ state: "failed", leaseUntil: null });
    // A live job's lease is renewed: the loop leaves it alone.
    expect(await waitFor(async () => (await packetJobStatus(ctx, dpo, live.exportId))?.state === "done", 30_000)).toBe(true);

    await ctx.db.packetExportJob.update({ where: { id }, data: { createdAt: new Date(Date.now() - PACKET_LIFETIME_MS - 60_000) } });
    await failAbandonedPacketJobs(ctx);
    expect(await ctx.db.packetExportJob.count({ where: { id } })).toBe(0);
    expect(await ctx.db.packetExportJob.count({ where: { id: live.exportId } })).toBe(1);
  });

  it("whose evidence was altered in storage fail, and keep nothing of the packet", async () => {
    const file = new File(["server log: 10.0.0.1 accessed the record\n"], "log.txt", { type: "text/plain" });
    const attachment = value(await addAttachment(ctx, dpo, { incidentId, file }));
    const row = await ctx.db.attachment.findUniqueOrThrow({ where: { id: attachment.id } });
    const bytes = await storedBytes(ctx, "attachments", row.storageKey);
    bytes.writeUInt8(bytes.readUInt8(bytes.length - 20) ^ 0xff, bytes.length - 20);
    await replaceStoredBytes(ctx, "attachments", row.storageKey, bytes);
    const exportId = "f".repeat(32);
    await expect(exportPacket(ctx, dpo, { incidentId }, { exportId })).rejects.toThrow();
    expect(await blobStore(ctx).size("exports", exportId)).toBeNull();
    expect((await storedNames(ctx, "exports")).filter((name) => name.startsWith(exportId))).toEqual([]);
    await ctx.db.attachment.delete({ where: { id: attachment.id } });
  });
});
