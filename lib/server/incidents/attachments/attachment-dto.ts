import { at, unseal } from "@/lib/server/crypto/sealed-text";

/** What describes an attachment; the bytes come separately, from read-attachment. */
export interface AttachmentDto {
  id: string;
  incidentId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  purpose: string;
  uploadedBy: { id: string; name: string };
  createdAt: string;
}

export const attachmentSelect = {
  id: true,
  incidentId: true,
  fileName: true,
  contentType: true,
  size: true,
  sha256: true,
  purpose: true,
  createdAt: true,
  uploadedBy: { select: { id: true, name: true } },
} as const;

export function toAttachmentDto(row: {
  id: string;
  incidentId: string;
  fileName: string;
  contentType: string;
  size: number;
  sha256: string;
  purpose: string;
  createdAt: Date;
  uploadedBy: { id: string; name: string };
}): AttachmentDto {
  return { ...row, fileName: unseal(row.fileName, at("attachment", "fileName", row.id)), createdAt: row.createdAt.toISOString() };
}
