import type { Actor } from "@/lib/server/actor";
import { ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { exportPacket, type ExportedPacket, type PacketProgress } from "./export-packet";
import { findIncidentForPacket } from "./packet-access";
import { newExportId } from "./packet-store";

/*
 * Packet exports started from the page run in the background of this app instance, so the page can show
 * progress by polling. The job list holds only ids, counts and the outcome (never content), belongs to the
 * person who started it, and forgets finished jobs after an hour. The API calls exportPacket directly.
 */
export type PacketJob =
  | { state: "running"; exportId: string; incidentId: string; progress: PacketProgress }
  | {
      state: "done";
      exportId: string;
      incidentId: string;
      progress: PacketProgress;
      packet: Omit<ExportedPacket, "manifest"> & { files: number };
    }
  | { state: "failed"; exportId: string; incidentId: string; progress: PacketProgress; message: string };

interface Entry {
  userId: string;
  job: PacketJob;
  finishedAt?: number;
}

const KEEP_MS = 60 * 60 * 1000;
const jobs = new Map<string, Entry>();

function forget(now: number): void {
  for (const [id, entry] of jobs) if (entry.finishedAt !== undefined && now - entry.finishedAt > KEEP_MS) jobs.delete(id);
}

export async function startPacketExport(
  ctx: ServiceContext,
  actor: Actor,
  input: { incidentId: string },
): Promise<ServiceResult<PacketJob>> {
  const allowed = await findIncidentForPacket(ctx.db, actor, input.incidentId);
  if (!allowed.ok) return allowed;
  if (actor.kind !== "user") throw new Error("findIncidentForPacket admits only people");
  forget(Date.now());
  const exportId = newExportId();
  const entry: Entry = {
    userId: actor.userId,
    job: {
      state: "running",
      exportId,
      incidentId: input.incidentId,
      progress: { filesDone: 0, filesTotal: 0, bytesDone: 0, bytesTotal: 0 },
    },
  };
  jobs.set(exportId, entry);
  void exportPacket(
    ctx,
    actor,
    { incidentId: input.incidentId },
    {
      exportId,
      onProgress: (progress) => {
        if (entry.job.state === "running") entry.job = { ...entry.job, progress };
      },
    },
  ).then(
    (result) => {
      entry.finishedAt = Date.now();
      const { progress } = entry.job;
      entry.job = result.ok
        ? {
            state: "done",
            exportId,
            incidentId: input.incidentId,
            progress,
            packet: {
              exportId,
              incidentId: result.value.incidentId,
              fileName: result.value.fileName,
              size: result.value.size,
              files: result.value.manifest.files.length,
            },
          }
        : {
            state: "failed",
            exportId,
            incidentId: input.incidentId,
            progress,
            message: result.error === "invalid" ? "Invalid request." : result.message,
          };
    },
    (error: unknown) => {
      entry.finishedAt = Date.now();
      console.error("packet export failed", error);
      entry.job = {
        state: "failed",
        exportId,
        incidentId: input.incidentId,
        progress: entry.job.progress,
        message: "The export failed; nothing was kept. Try again, and tell the administrator if it keeps failing.",
      };
    },
  );
  return ok(entry.job);
}

/** The job's state, only for the person who started it (anyone else: null, as if it did not exist). */
export function packetJobStatus(actor: Actor, exportId: string): PacketJob | null {
  const entry = jobs.get(exportId);
  if (!entry || actor.kind !== "user" || entry.userId !== actor.userId) return null;
  return entry.job;
}
