import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { Readable } from "node:stream";
import type { PacketFile } from "@/lib/documents/packet/write-packet";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import type { Db } from "@/lib/db/client";
import { assessmentSelect, toAssessmentDto } from "@/lib/server/assessments/assessment-dto";
import { openDecrypted } from "@/lib/server/incidents/attachments/attachment-store";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { filingSelect, toFilingDto } from "@/lib/server/filings/filing-dto";
import type { IncidentRow } from "@/lib/server/incidents/incident-dto";
import { timelineEventSelect, toTimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";
import { assessmentDocumentModel } from "@/lib/server/notification/assessment-document";
import { notificationFile, notificationFileName } from "@/lib/server/notification/get-notification-draft";
import { buildDraft } from "@/lib/server/notification/notification-draft";
import { loadNotificationInput } from "@/lib/server/notification/notification-input";
import { registerEntryDocumentModel } from "@/lib/server/notification/register-entry-document";
import type { BlobStore } from "@/lib/server/storage/blob-store";
import { communicationFiles, packetCommunicationSelect, peopleToldLines } from "./communication-files";

export interface PacketPlan {
  files: PacketFile[];
  attachments: number;
  /** Bytes of evidence to stream, for progress. */
  attachmentBytes: number;
}

/** "report (final).pdf" -> "report-final-.pdf": a name any unzip tool writes safely. */
function safeName(name: string): string {
  const cleaned = name
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}._-]+/gu, "-")
    .replace(/^[.-]+/, "");
  return cleaned.slice(0, 120) || "file";
}

/**
 * The packet's files, in order. Small documents are built up front; each attachment and each delivery log
 * is a function opened only when its turn comes, so memory holds one stream's buffers at a time.
 */
export async function planPacketFiles(db: Db, store: BlobStore, incident: IncidentRow, now: Date): Promise<PacketPlan> {
  const sources = await loadNotificationInput(db, incident);
  const draft = buildDraft(incident, sources, now);
  const [assessmentRows, filingRows, eventRows, communications, attachments] = await Promise.all([
    db.assessment.findMany({ where: { incidentId: incident.id }, orderBy: { version: "desc" }, select: assessmentSelect }),
    db.filing.findMany({ where: { incidentId: incident.id }, orderBy: [{ filedAt: "asc" }, { createdAt: "asc" }], select: filingSelect }),
    db.incidentEvent.findMany({
      where: { incidentId: incident.id },
      orderBy: [{ happenedAt: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
      select: timelineEventSelect,
    }),
    db.communication.findMany({
      // What was sent (or is being sent): drafts and approved-but-unsent messages never reached anyone.
      where: { incidentId: incident.id, status: { in: ["sending", "sent", "partially_failed"] } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: packetCommunicationSelect,
    }),
    db.attachment.findMany({
      where: { incidentId: incident.id },
      // Numbered in the packet in this order: ids break ties of one instant in the order the files were added.
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      select: { id: true, fileName: true, contentType: true, size: true, sha256: true, purpose: true, storageKey: true, createdAt: true },
    }),
  ]);
  const versions = assessmentRows.map(toAssessmentDto);
  const filings = filingRows.map(toFilingDto);
  const timeline = eventRows.map(toTimelineEventDto);

  // Documents are rendered when their turn comes, one at a time, like the attachments are read.
  const rendered = (render: () => Promise<Uint8Array>) => async () => Readable.from([Buffer.from(await render())]);
  const names = { pdf: notificationFileName(draft, "pdf"), json: notificationFileName(draft, "json") };
  const files: PacketFile[] = [
    { path: `documents/${names.pdf}`, content: rendered(async () => (await notificationFile(draft, "pdf")).bytes), compress: false },
    { path: `documents/${names.json}`, content: rendered(async () => (await notificationFile(draft, "json")).bytes) },
    {
      path: "documents/assessment.pdf",
      content: rendered(() =>
        renderDocumentPdf(assessmentDocumentModel({ ...incident, title: incidentTitle(incident) }, versions, timeline, now)),
      ),
      compress: false,
    },
    { path: "documents/assessment.json", content: `${JSON.stringify(versions, null, 2)}\n` },
    {
      path: "documents/register-entry.pdf",
      content: rendered(() =>
        renderDocumentPdf(
          registerEntryDocumentModel(draft, versions[0] ?? null, filings, now, peopleToldLines(communications, incident.timeZone)),
        ),
      ),
      compress: false,
    },
    { path: "documents/timeline.json", content: `${JSON.stringify({ timeZone: incident.timeZone, events: timeline }, null, 2)}\n` },
  ];
  filings.forEach((filing, index) => {
    files.push({
      path: `filings/${String(index + 1).padStart(2, "0")}-${filing.kind}-${filing.authority}.json`,
      content: `${JSON.stringify(filing, null, 2)}\n`,
    });
  });
  files.push(...communicationFiles(db, communications));
  attachments.forEach((attachment, index) => {
    const name = safeName(unseal(attachment.fileName, at("attachment", "fileName", attachment.id)));
    files.push({
      path: `attachments/${String(index + 1).padStart(3, "0")}-${attachment.purpose}-${name}`,
      // The GCM tag is checked by openDecrypted, the digest recorded at upload by the packet as it hashes the
      // bytes for the manifest: either failing fails the export rather than ship altered evidence.
      content: () => openDecrypted(store, attachment.storageKey, attachment.id),
      sha256: attachment.sha256,
      // Evidence is mostly PDFs and images already compressed: storing keeps the export fast.
      compress: false,
    });
  });
  files.push({
    path: "attachments/index.json",
    content: `${JSON.stringify(
      attachments.map((a, index) => ({
        position: index + 1,
        id: a.id,
        fileName: unseal(a.fileName, at("attachment", "fileName", a.id)),
        contentType: a.contentType,
        size: a.size,
        sha256: a.sha256,
        purpose: a.purpose,
        createdAt: a.createdAt.toISOString(),
      })),
      null,
      2,
    )}\n`,
  });
  return { files, attachments: attachments.length, attachmentBytes: attachments.reduce((sum, a) => sum + a.size, 0) };
}
