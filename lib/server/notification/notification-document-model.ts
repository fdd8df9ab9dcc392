import type { NotificationDocument } from "@/lib/domain/notification";
import type { DocumentBlock, DocumentModel, DocumentSection } from "@/lib/documents/document-model";

/**
 * The authority's form (lib/domain/notification) as the neutral document model the PDF renderer reads.
 * Rows become label/value fields and free text becomes labelled paragraphs; when the draft is incomplete,
 * a first section lists what Art. 33(3) still needs in plain words, so a printed draft cannot pass for a complete
 * one; what only the form adds comes in a second list.
 */
export function notificationDocumentModel(document: NotificationDocument, timeZone: string): DocumentModel {
  // Every word here comes from the document, already in its language (lib/domain/notification/words).
  const sections: DocumentSection[] = document.missing.map((list) => ({
    heading: list.heading,
    blocks: [{ kind: "list", items: list.items }],
  }));
  sections.push({ heading: document.authority.name, blocks: [{ kind: "fields", rows: document.header }] });
  for (const section of document.sections) {
    const blocks: DocumentBlock[] = [];
    let rows: { label: string; value: string }[] = [];
    const flush = () => {
      if (rows.length) blocks.push({ kind: "fields", rows });
      rows = [];
    };
    for (const block of section.blocks) {
      if (block.kind === "row") {
        rows.push({ label: block.label, value: block.note ? `${block.value} (${block.note})` : block.value });
      } else {
        flush();
        blocks.push({ kind: "paragraph", text: `${block.label}\n${block.text}${block.note ? `\n(${block.note})` : ""}` });
      }
    }
    flush();
    sections.push({ heading: section.heading, blocks });
  }
  return {
    title: document.title,
    reference: document.reference ?? "",
    language: document.language,
    generatedAt: new Date(document.generatedAt),
    timeZone,
    sections,
  };
}
