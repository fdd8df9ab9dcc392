import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import type { DocumentBlock, DocumentModel } from "../document-model";
import { drawFields, drawHeading, drawList, drawParagraph, drawTable } from "./draw-blocks";
import { drawRow } from "./draw-row";
import { loadFontFiles } from "./fonts";
import { formatGeneratedAt } from "./format-generated-at";
import { labelsFor } from "./labels";
import { drawFurniture } from "./page-furniture";
import { PageCursor } from "./page-cursor";
import { COLORS, CONTENT_WIDTH, MARGIN, SIZES, type Fonts } from "./theme";
import { wrapText } from "./wrap-text";

/** Renders a document model as an A4 PDF with a running header and footer on every page. */
export async function renderDocumentPdf(model: DocumentModel): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.registerFontkit(fontkit);
  const files = loadFontFiles();
  // Subsetting keeps a two-page letter at tens of kB instead of carrying 1.4 MB of font.
  const fonts: Fonts = {
    regular: await document.embedFont(files.regular, { subset: true }),
    bold: await document.embedFont(files.bold, { subset: true }),
  };
  const labels = labelsFor(model.language);
  const generatedLine = `${labels.generated} ${formatGeneratedAt(model.generatedAt, model.timeZone, model.language)}`;

  setMetadata(document, model);
  const cursor = new PageCursor(document);
  drawTitleBlock(cursor, fonts, model.title, `${model.reference} · ${generatedLine}`);
  for (const section of model.sections) {
    drawHeading(cursor, fonts, section.heading);
    for (const block of section.blocks) drawBlock(cursor, fonts, block);
  }
  drawFurniture(document.getPages(), fonts, {
    reference: model.reference,
    title: model.title,
    generatedLine,
    pageLabel: labels.page,
  });
  return document.save();
}

function drawBlock(cursor: PageCursor, fonts: Fonts, block: DocumentBlock): void {
  switch (block.kind) {
    case "paragraph":
      return drawParagraph(cursor, fonts, block);
    case "fields":
      return drawFields(cursor, fonts, block);
    case "table":
      return drawTable(cursor, fonts, block);
    case "list":
      return drawList(cursor, fonts, block);
  }
}

function drawTitleBlock(cursor: PageCursor, fonts: Fonts, title: string, subtitle: string): void {
  const titleLines = wrapText(title, CONTENT_WIDTH, (t) => fonts.bold.widthOfTextAtSize(t, SIZES.title));
  drawRow(cursor, [{ x: MARGIN.left, width: CONTENT_WIDTH, lines: titleLines, font: fonts.bold, size: SIZES.title }], {
    padding: 0,
    borders: "none",
  });
  cursor.moveDown(3);
  const subtitleLines = wrapText(subtitle, CONTENT_WIDTH, (t) => fonts.regular.widthOfTextAtSize(t, SIZES.body));
  drawRow(
    cursor,
    [{ x: MARGIN.left, width: CONTENT_WIDTH, lines: subtitleLines, font: fonts.regular, size: SIZES.body, color: COLORS.muted }],
    { padding: 0, borders: "none" },
  );
  cursor.moveDown(12);
}

function setMetadata(document: PDFDocument, model: DocumentModel): void {
  document.setTitle(`${model.title} (${model.reference})`, { showInWindowTitleBar: true });
  document.setSubject(model.reference);
  document.setLanguage(model.language);
  document.setCreator("Breachdesk");
  document.setProducer("Breachdesk");
  // Fixed dates make the same model render to the same bytes, so a packet's hashes are reproducible.
  document.setCreationDate(model.generatedAt);
  document.setModificationDate(model.generatedAt);
}
