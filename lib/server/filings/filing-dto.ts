import type { Art33Content } from "@/lib/domain/notification";
import { at, isSealed, openMaybeSealedOptional, unseal } from "@/lib/server/crypto/sealed-text";

/** A filing as recorded: when, how, with whom, and exactly what was sent. */
export interface FilingDto {
  id: string;
  incidentId: string;
  authority: string;
  kind: "initial" | "follow_up" | "complete";
  channel: string;
  filedAt: string;
  authorityReference: string | null;
  lateReason: string | null;
  receiptAttachmentId: string | null;
  filedBy: { id: string; name: string };
  createdAt: string;
  /** The Art. 33 content exactly as it stood when filed. */
  content: Art33Content;
}

export const filingSelect = {
  id: true,
  incidentId: true,
  authority: true,
  kind: true,
  channel: true,
  filedAt: true,
  content: true,
  authorityReference: true,
  lateReason: true,
  receiptAttachmentId: true,
  createdAt: true,
  filedBy: { select: { id: true, name: true } },
} as const;

export function toFilingDto(row: {
  id: string;
  incidentId: string;
  authority: string;
  kind: string;
  channel: string;
  filedAt: Date;
  content: string;
  authorityReference: string | null;
  lateReason: string | null;
  receiptAttachmentId: string | null;
  createdAt: Date;
  filedBy: { id: string; name: string };
}): FilingDto {
  return {
    ...row,
    kind: row.kind as FilingDto["kind"],
    filedAt: row.filedAt.toISOString(),
    createdAt: row.createdAt.toISOString(),
    // The content holds the practice's own description and contact details: sealed at rest like the incident's.
    content: JSON.parse(isSealed(row.content) ? unseal(row.content, at("filing", "content", row.id)) : row.content) as Art33Content,
    authorityReference: openMaybeSealedOptional(row.authorityReference, at("filing", "authorityReference", row.id)),
    lateReason: openMaybeSealedOptional(row.lateReason, at("filing", "lateReason", row.id)),
  };
}
