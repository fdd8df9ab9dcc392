/**
 * The neutral document model: what a report says, not how it looks. Producers (notification drafts,
 * registers, communications) build one of these; renderers (PDF today) decide the layout. Keeping the
 * model free of fonts, sizes and page breaks lets the same content be rendered, tested and diffed as data.
 */

/** A language tag for the document's own labels (page numbers, "generated"): "en", "fr", "de", "cs", ... */
export type DocumentLanguage = string;

export interface ParagraphBlock {
  kind: "paragraph";
  /** Plain text; "\n" starts a new line. */
  text: string;
}

export interface FieldRow {
  label: string;
  value: string;
}

/** Label/value pairs, e.g. "Aware at" / "31 Mar 2026, 00:30 CEST". */
export interface FieldsBlock {
  kind: "fields";
  rows: FieldRow[];
}

export interface TableBlock {
  kind: "table";
  columns: string[];
  /** Each row has one cell per column; missing cells render empty. */
  rows: string[][];
}

export interface ListBlock {
  kind: "list";
  items: string[];
}

export type DocumentBlock = ParagraphBlock | FieldsBlock | TableBlock | ListBlock;

export interface DocumentSection {
  heading: string;
  blocks: DocumentBlock[];
}

export interface DocumentModel {
  title: string;
  /** The incident or case reference printed on every page, e.g. "BD-2026-0042". */
  reference: string;
  language: DocumentLanguage;
  generatedAt: Date;
  /** IANA zone in which the generation time is shown to the reader, e.g. "Europe/Paris". */
  timeZone: string;
  sections: DocumentSection[];
}
