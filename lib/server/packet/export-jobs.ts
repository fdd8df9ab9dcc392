import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { Actor } from "@/lib/server/actor";
import { ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { blobStore } from "@/lib/server/storage/blob-store";
import type { PacketJob, PacketProgress } from "@/lib/schemas/answers/packet-job";
import { exportPacket, type ExportedPacket } from "./export-packet";
import { findIncidentForPacket } from "./packet-access";
import { isExportId, newExportId, PACKET_LIFETIME_MS } from "./packet-store";

/*
 * Packet exports started from the page are jobs: a PacketExportJob row holds the ids, the counts and the
 * outcome (never content), so any instance behind the load balancer answers the page's polling, and the packet
 * itself is in the shared store (lib/server/storage). The instance running a job renews its lease while it
 * writes; if that instance dies, the lease runs out and whoever looks next (the page's poll, or any instance's
 * minute loop) marks the job failed, so a job always ends. Rows go with their packet after a day. The job
 * belongs to the person who started it. The API calls exportPacket directly.
 */

/** This process, as named in the leases it holds. */
const INSTANCE = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;

/** How long a job stays claimed without a sign of life; PACKET_EXPORT_LEASE_MS shortens it for tests. */
function leaseMs(): number {
  const configured = Number(process.env.PACKET_EXPORT_LEASE_MS);
  return Number.isFinite(configured) && configured >= 200 ? configured : 30_000;
}

export const ABANDONED =
  "The export stopped because the server running it went away; " +
  "nothing was kept. Start it again, and tell the administrator " +
  "if it keeps failing.";
export const FAILED = "The export failed; nothing was kept. Try again, and tell the administrator if it keeps failing.";

type JobRow = {
  id: string;
  incidentId: string;
  userId: string;
  state: string;
  filesDone: number;
  filesTotal: number;
  bytesDone: bigint;
  bytesTotal: bigint;
  fileName: string | null;
  size: bigint | null;
  files: number | null;
  message: string | null;
  leaseUntil: Date | null;
};

function toJob(row: JobRow): PacketJob {
  const base = {
    exportId: row.id,
    incidentId: row.incidentId,
    progress: {
      filesDone: row.filesDone,
      filesTotal: row.filesTotal,
      bytesDone: Number(row.bytesDone),
      bytesTotal: Number(row.bytesTotal),
    },
  };
  if (row.state === "done")
    return {
      ...base,
      state: "done",
      packet: {
        exportId: row.id,
        incidentId: row.incidentId,
        fileName: row.fileName ?? "",
        size: Number(row.size ?? 0),
        files: row.files ?? 0,
      },
    };
  if (row.state === "failed") return { ...base, state: "failed", message: row.message ?? FAILED };
  return { ...base, state: "running" };
}

const progressData = (progress: PacketProgress) => ({
  filesDone: progress.filesDone,
  filesTotal: progress.filesTotal,
  bytesDone: BigInt(progress.bytesDone),
  bytesTotal: BigInt(progress.bytesTotal),
});

export async function startPacketExport(
  ctx: ServiceContext,
  actor: Actor,
  input: { incidentId: string },
): Promise<ServiceResult<PacketJob>> {
  const allowed = await findIncidentForPacket(ctx.db, actor, input.incidentId);
  if (!allowed.ok) return allowed;
  if (actor.kind !== "user") throw new Error("findIncidentForPacket admits only people");
  const exportId = newExportId();
  // Leases are compared across instances, so they use the wall clock, never the service's (testable) clock.
  const row = await ctx.db.packetExportJob.create({
    data: {
      id: exportId,
      incidentId: input.incidentId,
      userId: actor.userId,
      leaseOwner: INSTANCE,
      leaseUntil: new Date(Date.now() + leaseMs()),
    },
  });
  // If even the outcome cannot be written (the database went away), the lease runs out and the job is failed.
  void runJob(ctx, actor, row.id, input.incidentId).catch((error: unknown) => console.error("packet export: outcome not saved", error));
  return ok(toJob(row));
}

/** Runs the export, writing its progress and lease every half second, then its outcome, while the lease is ours. */
async function runJob(ctx: ServiceContext, actor: Actor, exportId: string, incidentId: string): Promise<void> {
  const mine = { id: exportId, state: "running", leaseOwner: INSTANCE };
  let latest: PacketProgress = { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 };
  let writing: Promise<unknown> = Promise.resolve();
  const renew = () => {
    // One write at a time: a slow database never piles up renewals.
    writing = writing
      .then(() =>
        ctx.db.packetExportJob.updateMany({
          where: mine,
          data: { ...progressData(latest), leaseUntil: new Date(Date.now() + leaseMs()) },
        }),
      )
      .catch((error: unknown) => console.error("packet export: progress not saved", error));
  };
  const timer = setInterval(renew, Math.min(500, leaseMs() / 3));
  let outcome: { state: "done"; packet: ExportedPacket } | { state: "failed"; message: string };
  try {
    const result = await exportPacket(ctx, actor, { incidentId }, { exportId, onProgress: (progress) => (latest = progress) });
    outcome = result.ok
      ? { state: "done", packet: result.value }
      : { state: "failed", message: result.error === "invalid" ? "Invalid request." : result.message };
  } catch (error) {
    console.error("packet export failed", error);
    outcome = { state: "failed", message: FAILED };
  } finally {
    clearInterval(timer);
  }
  await writing;
  const { count } = await ctx.db.packetExportJob.updateMany({
    where: mine,
    data: {
      ...progressData(latest),
      state: outcome.state,
      finishedAt: new Date(),
      leaseOwner: null,
      leaseUntil: null,
      ...(outcome.state === "done"
        ? { fileName: outcome.packet.fileName, size: BigInt(outcome.packet.size), files: outcome.packet.manifest.files.length }
        : { message: outcome.message }),
    },
  });
  // Another instance already declared this job abandoned: the packet it shows as failed must not linger.
  if (count === 0 && outcome.state === "done") await blobStore(ctx).remove("exports", exportId);
}

/** Fails running jobs whose lease ran out (their instance died) and forgets jobs older than their packet. */
export async function failAbandonedPacketJobs(ctx: Pick<ServiceContext, "db" | "provider">, exportId?: string): Promise<number> {
  const now = new Date();
  const where = { state: "running", leaseUntil: { lt: now }, ...(exportId ? { id: exportId } : {}) };
  const abandoned = await ctx.db.packetExportJob.findMany({ where, select: { id: true } });
  let failed = 0;
  for (const { id } of abandoned) {
    const { count } = await ctx.db.packetExportJob.updateMany({
      where: { ...where, id },
      data: { state: "failed", message: ABANDONED, finishedAt: now, leaseOwner: null, leaseUntil: null },
    });
    if (count === 0) continue;
    failed++;
    await blobStore(ctx).remove("exports", id);
  }
  if (!exportId) await ctx.db.packetExportJob.deleteMany({ where: { createdAt: { lt: new Date(now.getTime() - PACKET_LIFETIME_MS) } } });
  return failed;
}

/** The job's state, only for the person who started it (anyone else: null, as if it did not exist). */
export async function packetJobStatus(ctx: ServiceContext, actor: Actor, exportId: string): Promise<PacketJob | null> {
  if (actor.kind !== "user" || typeof exportId !== "string" || !isExportId(exportId)) return null;
  let row = await ctx.db.packetExportJob.findUnique({ where: { id: exportId } });
  if (!row || row.userId !== actor.userId) return null;
  if (row.state === "running" && row.leaseUntil && row.leaseUntil.getTime() < Date.now()) {
    await failAbandonedPacketJobs(ctx, exportId);
    row = (await ctx.db.packetExportJob.findUnique({ where: { id: exportId } })) ?? row;
  }
  return toJob(row);
}
