import type { FieldsBlock, ListBlock, ParagraphBlock, TableBlock } from "../document-model";
import { columnWidths } from "./column-widths";
import { drawRow, type RowCell } from "./draw-row";
import type { PageCursor } from "./page-cursor";
import { COLORS, CONTENT_WIDTH, LEADING, MARGIN, SIZES, type Fonts } from "./theme";
import { wrapText } from "./wrap-text";

const BLOCK_GAP = 8;
const CELL_PADDING = 4;

export function drawHeading(cursor: PageCursor, fonts: Fonts, text: string): void {
  const size = SIZES.heading;
  const lines = wrapText(text, CONTENT_WIDTH, (t) => fonts.bold.widthOfTextAtSize(t, size));
  const headingHeight = lines.length * size * LEADING;
  // Keep a heading with at least three lines of what follows: a heading alone at a page's foot reads as a typo.
  cursor.ensure(headingHeight + 10 + 3 * SIZES.body * LEADING);
  cursor.moveDown(cursor.atTopOfPage ? 0 : 10);
  drawRow(cursor, [{ x: MARGIN.left, width: CONTENT_WIDTH, lines, font: fonts.bold, size, color: COLORS.accent }], {
    padding: 0,
    borders: "none",
  });
  cursor.page.drawLine({
    start: { x: MARGIN.left, y: cursor.y - 2 },
    end: { x: MARGIN.left + CONTENT_WIDTH, y: cursor.y - 2 },
    thickness: 0.6,
    color: COLORS.accent,
  });
  cursor.moveDown(8);
}

export function drawParagraph(cursor: PageCursor, fonts: Fonts, block: ParagraphBlock): void {
  const size = SIZES.body;
  const lines = wrapText(block.text, CONTENT_WIDTH, (t) => fonts.regular.widthOfTextAtSize(t, size));
  drawRow(cursor, [{ x: MARGIN.left, width: CONTENT_WIDTH, lines, font: fonts.regular, size }], {
    padding: 0,
    borders: "none",
  });
  cursor.moveDown(BLOCK_GAP);
}

export function drawList(cursor: PageCursor, fonts: Fonts, block: ListBlock): void {
  const size = SIZES.body;
  const indent = 14;
  for (const item of block.items) {
    const lines = wrapText(item, CONTENT_WIDTH - indent, (t) => fonts.regular.widthOfTextAtSize(t, size));
    drawRow(
      cursor,
      [
        { x: MARGIN.left, width: indent, lines: ["•"], font: fonts.regular, size },
        { x: MARGIN.left + indent, width: CONTENT_WIDTH - indent, lines, font: fonts.regular, size },
      ],
      { padding: 1, borders: "none" },
    );
  }
  cursor.moveDown(BLOCK_GAP);
}

export function drawFields(cursor: PageCursor, fonts: Fonts, block: FieldsBlock): void {
  const size = SIZES.body;
  const labelWidth = Math.round(CONTENT_WIDTH * 0.34);
  const valueWidth = CONTENT_WIDTH - labelWidth;
  const inner = (width: number) => width - 2 * CELL_PADDING;
  for (const row of block.rows) {
    drawRow(
      cursor,
      [
        {
          x: MARGIN.left,
          width: labelWidth,
          lines: wrapText(row.label, inner(labelWidth), (t) => fonts.bold.widthOfTextAtSize(t, size)),
          font: fonts.bold,
          size,
          color: COLORS.muted,
        },
        {
          x: MARGIN.left + labelWidth,
          width: valueWidth,
          lines: wrapText(row.value, inner(valueWidth), (t) => fonts.regular.widthOfTextAtSize(t, size)),
          font: fonts.regular,
          size,
        },
      ],
      { padding: CELL_PADDING, borders: "underline" },
    );
  }
  cursor.moveDown(BLOCK_GAP);
}

export function drawTable(cursor: PageCursor, fonts: Fonts, block: TableBlock): void {
  const size = SIZES.table;
  const measureHeader = (t: string) => fonts.bold.widthOfTextAtSize(t, size);
  const measureBody = (t: string) => fonts.regular.widthOfTextAtSize(t, size);
  const widths = columnWidths(block.columns, block.rows, CONTENT_WIDTH, CELL_PADDING, measureHeader, measureBody);
  const lefts = widths.map((_, index) => MARGIN.left + widths.slice(0, index).reduce((a, b) => a + b, 0));
  const cellsOf = (texts: string[], header: boolean): RowCell[] =>
    widths.map((width, index) => ({
      x: lefts[index]!,
      width,
      lines: wrapText(texts[index] ?? "", width - 2 * CELL_PADDING, header ? measureHeader : measureBody),
      font: header ? fonts.bold : fonts.regular,
      size,
    }));
  const headerCells = cellsOf(block.columns, true);
  const drawHeader = () => drawRow(cursor, headerCells, { padding: CELL_PADDING, borders: "grid", background: COLORS.tableHeader });

  // The header must not sit alone at the foot of a page: ask for room for it and one body row.
  const headerHeight = Math.max(...headerCells.map((cell) => cell.lines.length)) * size * LEADING;
  cursor.ensure(headerHeight + 2 * (size * LEADING + 2 * CELL_PADDING));
  drawHeader();
  for (const row of block.rows) {
    drawRow(cursor, cellsOf(row, false), { padding: CELL_PADDING, borders: "grid", onContinue: drawHeader });
  }
  cursor.moveDown(BLOCK_GAP);
}
