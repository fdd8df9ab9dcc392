import type { MissingItem, NotificationDocument } from "@/lib/domain/notification";
import type { DocumentBlock, DocumentModel, DocumentSection } from "@/lib/documents/document-model";

const MISSING_HEADING: Record<string, string> = {
  en: "Still missing before filing",
  fr: "Éléments manquants avant le dépôt",
  cs: "Před podáním ještě chybí",
  de: "Vor der Meldung fehlt noch",
};
const FORM_GAPS_HEADING: Record<string, string> = {
  en: "Also asked by the form, not known yet",
  fr: "Également demandé par le formulaire, pas encore connu",
  cs: "Formulář se ptá také na (zatím neznámé)",
  de: "Vom Formular zusätzlich erfragt, noch nicht bekannt",
};

/**
 * The authority's form (lib/domain/notification) as the neutral document model the PDF renderer reads.
 * Rows become label/value fields and free text becomes labelled paragraphs; when the draft is incomplete,
 * a first section lists what Art. 33(3) still needs in plain words, so a printed draft cannot pass for a complete
 * one; what only the form adds comes in a second list.
 */
export function notificationDocumentModel(document: NotificationDocument, missing: MissingItem[], timeZone: string): DocumentModel {
  const sections: DocumentSection[] = [];
  const required = missing.filter((item) => item.requiredFor === "art33");
  const formGaps = missing.filter((item) => item.requiredFor !== "art33");
  if (required.length > 0) {
    sections.push({
      heading: MISSING_HEADING[document.language] ?? MISSING_HEADING.en!,
      blocks: [{ kind: "list", items: required.map((item) => item.message) }],
    });
  }
  if (formGaps.length > 0) {
    sections.push({
      heading: FORM_GAPS_HEADING[document.language] ?? FORM_GAPS_HEADING.en!,
      blocks: [{ kind: "list", items: formGaps.map((item) => item.message) }],
    });
  }
  sections.push({
    heading: document.authority.name,
    blocks: [
      {
        kind: "fields",
        rows: [
          { label: "Notification", value: document.notificationKind },
          ...(document.submission
            ? [{ label: "Submission", value: [document.submission.channel, document.submission.url].filter(Boolean).join(" ") }]
            : []),
        ],
      },
    ],
  });
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
