import { PassThrough, Transform, type Readable } from "node:stream";
import type { PacketManifest } from "@/lib/documents/packet/manifest";
import { writePacket, type PacketFile } from "@/lib/documents/packet/write-packet";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { folderProblemForPeople } from "@/lib/server/data-folders";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { blobStore, isMissingBlob, type BlobStore } from "@/lib/server/storage/blob-store";
import { writeTransaction } from "@/lib/server/transaction";
import { auditExtract, incidentAuditRange } from "./audit-extract";
import { deploymentSigningKey } from "@/lib/server/signing/deployment-signing-key";
import { findIncidentForPacket } from "./packet-access";
import { checkpointOfExtract, packetSigner } from "./packet-signing";
import { planPacketFiles } from "./packet-files";
import { ensureExportsDirectory, isExportId, newExportId } from "./packet-store";
import type { PacketProgress } from "@/lib/schemas/answers/packet-job";

export interface ExportedPacket {
  exportId: string;
  incidentId: string;
  fileName: string;
  size: number;
  manifest: PacketManifest;
}

/**
 * Exports the incident's submission packet to the deployment's store (the data folder or the database): the
 * notification (PDF and JSON), the assessment, register entry and timeline, every filing as sent, every
 * communication with its delivery log,
 * the evidence (decrypted, one stream at a time), and the audit extract of the database's own hash chain,
 * with a manifest of SHA-256 sums. `breachdesk verify-packet` checks it. Audited ("packet.export").
 */
export async function exportPacket(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
  options: { exportId?: string; onProgress?: (progress: PacketProgress) => void } = {},
): Promise<ServiceResult<ExportedPacket>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentForPacket(ctx.db, actor, parsed.data.incidentId);
  if (!found.ok) return found;
  const incident = found.value;
  const now = ctx.now();
  const exportId = options.exportId ?? newExportId();

  // The range is fixed before writing, so entries appended meanwhile (reads, this export) do not race the extract.
  const range = await incidentAuditRange(ctx.db, incident.id);
  // Signed with the deployment's key, with a signed checkpoint of the extract's last entry inside.
  const signingKey = await deploymentSigningKey(ctx.db, now);
  const checkpoint = range ? await checkpointOfExtract(ctx.db, range.lastSeq, now) : undefined;
  const store = blobStore(ctx);
  const plan = await planPacketFiles(ctx.db, store, incident, now);
  const progress: PacketProgress = { filesDone: 0, filesTotal: plan.files.length, bytesDone: 0, bytesTotal: plan.attachmentBytes };
  options.onProgress?.({ ...progress });

  let manifest: PacketManifest;
  let size: number;
  try {
    await ensureExportsDirectory(store);
    [manifest, size] = await writeToStore(store, exportId, (destination) =>
      writePacket(
        {
          incidentReference: incident.reference,
          generatedAt: now,
          generator: "breachdesk 0.1.0",
          files: withProgress(plan.files, progress, options.onProgress),
          auditEntries: auditExtract(ctx.db, incident.id, range),
          signer: packetSigner(signingKey, ctx.env.appUrl),
          checkpoint,
        },
        destination,
      ),
    );
  } catch (error) {
    const problem = folderProblemForPeople("The packet", "exports", error);
    if (!problem) throw error;
    return conflict(problem);
  }
  const fileName = `packet-${incident.reference}.zip`;

  try {
    await writeTransaction(ctx.db, ctx.provider, (tx) =>
      appendAudit(
        tx,
        actor,
        {
          action: "packet.export",
          organizationId: incident.organizationId,
          incidentId: incident.id,
          detail: {
            reference: incident.reference,
            exportId,
            files: manifest.files.length,
            size,
            audit: manifest.audit,
            signedBy: signingKey.keyId,
          },
        },
        ctx.now(),
      ),
    );
  } catch (error) {
    // An export nobody can see in the audit trail must not exist.
    await store.remove("exports", exportId);
    throw error;
  }
  return ok({ exportId, incidentId: incident.id, fileName, size, manifest });
}

/**
 * Streams what `write` produces into the store under the export id: both finish, or both fail and nothing is
 * kept (a failing store stops the writer, a failing writer leaves no partial blob).
 */
async function writeToStore(
  store: BlobStore,
  exportId: string,
  write: (destination: PassThrough) => Promise<PacketManifest>,
): Promise<[PacketManifest, number]> {
  const destination = new PassThrough();
  const stored = store.write("exports", exportId, destination);
  stored.catch((error: Error) => destination.destroy(error));
  const written = write(destination);
  written.catch((error: Error) => destination.destroy(error));
  // Both settle before answering, so a failed export has removed what it wrote by the time anyone looks.
  const [manifest, size] = await Promise.allSettled([written, stored]);
  if (manifest.status === "rejected") throw manifest.reason;
  if (size.status === "rejected") throw size.reason;
  return [manifest.value, size.value];
}

function withProgress(
  files: PacketFile[],
  progress: PacketProgress,
  onProgress?: (progress: PacketProgress) => void,
): AsyncIterable<PacketFile> {
  const report = () => onProgress?.({ ...progress });
  return (async function* () {
    for (const file of files) {
      const { content } = file;
      if (typeof content === "function") {
        yield {
          ...file,
          content: async () => {
            const source: Readable = await content();
            const counter = new Transform({
              transform(chunk: Buffer, _encoding, done) {
                progress.bytesDone += file.path.startsWith("attachments/") ? chunk.length : 0;
                done(null, chunk);
              },
            });
            source.on("error", (error) => counter.destroy(error));
            return source.pipe(counter);
          },
        };
      } else {
        yield file;
      }
      progress.filesDone += 1;
      report();
    }
  })();
}

export interface PacketDownload {
  fileName: string;
  size: number;
  stream: Readable;
}

/**
 * An exported packet for download, only to someone who may export that incident's packet and only for an
 * export recorded for that incident. The download is audited ("packet.download").
 */
export async function readExportedPacket(
  ctx: ServiceContext,
  actor: Actor,
  input: { incidentId: string; exportId: string },
): Promise<ServiceResult<PacketDownload>> {
  if (typeof input.exportId !== "string" || !isExportId(input.exportId))
    return invalid([{ field: "exportId", problem: "is not an export id" }]);
  const found = await findIncidentForPacket(ctx.db, actor, input.incidentId);
  if (!found.ok) return found;
  const incident = found.value;
  const store = blobStore(ctx);
  const recorded = await ctx.db.auditEntry.findFirst({
    where: { action: "packet.export", incidentId: incident.id, detail: { contains: `"exportId":"${input.exportId}"` } },
    select: { id: true },
  });
  if (!recorded) return notFound("No such packet.");
  const size = await store.size("exports", input.exportId);
  let stream: Readable;
  try {
    if (size === null) throw new Error("gone");
    stream = await store.open("exports", input.exportId);
  } catch (error) {
    if (size !== null && !isMissingBlob(error)) throw error;
    return notFound("That packet is no longer on the server: export it again.");
  }
  await writeTransaction(ctx.db, ctx.provider, (tx) =>
    appendAudit(
      tx,
      actor,
      {
        action: "packet.download",
        organizationId: incident.organizationId,
        incidentId: incident.id,
        detail: { reference: incident.reference, exportId: input.exportId, size },
      },
      ctx.now(),
    ),
  );
  return ok({ fileName: `packet-${incident.reference}.zip`, size, stream });
}
