import { PDFDocument } from "pdf-lib";
import type { DocumentModel, DocumentSection } from "@/lib/documents/document-model";
import { renderDocumentPdf } from "@/lib/documents/pdf/render-pdf";
import type { MessageBlock } from "@/lib/domain/communication";
import { draftTitle } from "@/lib/domain/communication/draft-mark";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { communicationRefSchema, type CommunicationRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { at, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor, type CommunicationRow } from "./communication-access";
import { messageOf, readContent, renderPublicNotice, type RenderedMessage } from "./frozen-content";
import { loadMessageInput } from "./message-input";

/** The message's blocks as document sections: each heading opens a section; what comes before it goes under the subject. */
function messageSections(subject: string, blocks: readonly MessageBlock[]): DocumentSection[] {
  const sections: DocumentSection[] = [{ heading: subject, blocks: [] }];
  for (const block of blocks) {
    if (block.kind === "heading") sections.push({ heading: block.text, blocks: [] });
    else
      sections[sections.length - 1]!.blocks.push(
        block.kind === "list" ? { kind: "list", items: block.items } : { kind: "paragraph", text: block.text },
      );
  }
  return sections.filter((section) => section.blocks.length > 0 || section.heading !== subject);
}

function documentModel(
  communication: CommunicationRow,
  message: RenderedMessage,
  now: Date,
  addressee: DocumentSection | null,
): DocumentModel {
  return {
    title: communication.status === "draft" ? draftTitle(message.subject, communication.language) : message.subject,
    reference: communication.incident.reference,
    language: communication.language,
    generatedAt: now,
    timeZone: communication.incident.timeZone,
    sections: [...(addressee ? [addressee] : []), ...messageSections(message.subject, message.blocks)],
  };
}

export interface PdfFile {
  filename: string;
  bytes: Uint8Array;
  pages: number;
}

/**
 * The printable letters, merged into one PDF (one letter per person, each starting on a new page): every
 * person of a letter communication, and the people without an e-mail address of an e-mail one. Only from
 * the approved content. The download is audited with counts only.
 */
export async function communicationLettersPdf(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<PdfFile>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findCommunicationFor(ctx.db, actor, parsed.data.communicationId, "edit");
  if (!found.ok) return found;
  const communication = found.value;
  const content = readContent(communication);
  if (content.state !== "approved")
    return conflict("Letters are printed from the approved content: the DPO approves the communication first.");
  const people = await ctx.db.recipient.findMany({
    where: {
      communicationId: communication.id,
      postalAddress: { not: null },
      ...(communication.channel === "email" ? { email: null } : {}),
    },
    orderBy: { position: "asc" },
    select: { id: true, name: true, postalAddress: true },
  });
  if (people.length === 0) return notFound("Nobody on this communication needs a printed letter.");
  const merged = await PDFDocument.create();
  const now = ctx.now();
  const message = messageOf(content, content.input, communication.language);
  if (!message.ok) return invalid(message.missing.map((item) => ({ field: `message.${item}`, problem: "is missing" })));
  for (const person of people) {
    const name = unseal(person.name, at("recipient", "name", person.id));
    const rendered = { message: message.message.forName(name) };
    const addressee: DocumentSection = {
      heading: name,
      blocks: [{ kind: "paragraph", text: unsealOptional(person.postalAddress, at("recipient", "postalAddress", person.id)) ?? "" }],
    };
    const letter = await PDFDocument.load(await renderDocumentPdf(documentModel(communication, rendered.message, now, addressee)));
    for (const page of await merged.copyPages(letter, letter.getPageIndices())) merged.addPage(page);
  }
  merged.setTitle(`${communication.subject} (${communication.incident.reference})`);
  const bytes = await merged.save();
  await writeTransaction(ctx.db, ctx.provider, (tx) =>
    appendAudit(
      tx,
      actor,
      {
        action: "communication.letters.download",
        organizationId: communication.incident.organizationId,
        incidentId: communication.incidentId,
        detail: { communicationId: communication.id, letters: people.length },
      },
      now,
    ),
  );
  return ok({ filename: `${communication.incident.reference}-letters.pdf`, bytes, pages: merged.getPageCount() });
}

export interface PublicNotice {
  subject: string;
  text: string;
  html: string;
  approved: boolean;
}

async function publicNoticeOf(
  ctx: ServiceContext,
  communication: CommunicationRow,
): Promise<ServiceResult<RenderedMessage & { approved: boolean }>> {
  const content = readContent(communication);
  const messageInput = content.state === "approved" ? content.input : await loadMessageInput(ctx.db, communication.incidentId);
  if (!messageInput) return notFound("No such communication.");
  const rendered = renderPublicNotice(messageInput, communication.language);
  if (!rendered.ok)
    return invalid(
      rendered.missing.map((item) => ({ field: `message.${item}`, problem: "is missing: the notice cannot be written without it" })),
    );
  return ok({ ...rendered.message, approved: content.state === "approved" });
}

/** The Art. 34(3)(c) public notice as page text (approved content once approved, the current facts before). */
export async function getPublicNotice(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<PublicNotice>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findCommunicationFor(ctx.db, actor, parsed.data.communicationId, "read");
  if (!found.ok) return found;
  const notice = await publicNoticeOf(ctx, found.value);
  if (!notice.ok) return notice;
  return ok({ subject: notice.value.subject, text: notice.value.text, html: notice.value.html, approved: notice.value.approved });
}

/** The public notice as a PDF, marked as a draft until approved. */
export async function publicNoticePdf(ctx: ServiceContext, actor: Actor, input: CommunicationRefInput): Promise<ServiceResult<PdfFile>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findCommunicationFor(ctx.db, actor, parsed.data.communicationId, "read");
  if (!found.ok) return found;
  const notice = await publicNoticeOf(ctx, found.value);
  if (!notice.ok) return notice;
  const bytes = await renderDocumentPdf(documentModel(found.value, notice.value, ctx.now(), null));
  const document = await PDFDocument.load(bytes);
  return ok({ filename: `${found.value.incident.reference}-public-notice.pdf`, bytes, pages: document.getPageCount() });
}
