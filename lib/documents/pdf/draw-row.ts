import type { Color, PDFFont } from "pdf-lib";
import type { PageCursor } from "./page-cursor";
import { COLORS, LEADING } from "./theme";

export interface RowCell {
  x: number;
  width: number;
  lines: string[];
  font: PDFFont;
  size: number;
  color?: Color;
}

export interface RowStyle {
  padding: number;
  background?: Color;
  /** Draw a box around every cell (tables) or only a rule under the row (field lists). */
  borders: "grid" | "underline" | "none";
  /** Redraws what must head every page the row continues on (a table's column headers). */
  onContinue?: () => void;
}

/**
 * Draws one row of wrapped cells. A row taller than the space left is split by lines and continued on the
 * next page rather than pushed whole, so one long free-text answer can never overflow the page or loop.
 */
export function drawRow(cursor: PageCursor, cells: RowCell[], style: RowStyle): void {
  const lineCount = Math.max(1, ...cells.map((cell) => cell.lines.length));
  const lineHeight = Math.max(...cells.map((cell) => cell.size)) * LEADING;
  // Keep short rows whole: only split when at least two lines of a long row fit here.
  const minimumLines = Math.min(lineCount, 2);
  if (!cursor.fits(minimumLines * lineHeight + 2 * style.padding) && !cursor.atTopOfPage) {
    cursor.newPage();
    style.onContinue?.();
  }
  let offset = 0;
  while (offset < lineCount) {
    const room = Math.floor((cursor.available - 2 * style.padding) / lineHeight);
    const take = Math.max(1, Math.min(room, lineCount - offset));
    const height = take * lineHeight + 2 * style.padding;
    drawSegment(cursor, cells, style, offset, take, lineHeight, height);
    cursor.moveDown(height);
    offset += take;
    if (offset < lineCount) {
      cursor.newPage();
      style.onContinue?.();
    }
  }
}

function drawSegment(
  cursor: PageCursor,
  cells: RowCell[],
  style: RowStyle,
  offset: number,
  take: number,
  lineHeight: number,
  height: number,
): void {
  const top = cursor.y;
  const first = cells[0];
  const last = cells[cells.length - 1];
  if (!first || !last) return;
  const left = first.x;
  const right = last.x + last.width;
  if (style.background) {
    cursor.page.drawRectangle({ x: left, y: top - height, width: right - left, height, color: style.background });
  }
  for (const cell of cells) {
    const ascent = cell.size * 0.93;
    cell.lines.slice(offset, offset + take).forEach((line, index) => {
      if (line === "") return;
      cursor.page.drawText(line, {
        x: cell.x + style.padding,
        y: top - style.padding - ascent - index * lineHeight - (lineHeight - cell.size * 1.17) / 2,
        font: cell.font,
        size: cell.size,
        color: cell.color ?? COLORS.text,
      });
    });
    if (style.borders === "grid") {
      cursor.page.drawRectangle({
        x: cell.x,
        y: top - height,
        width: cell.width,
        height,
        borderColor: COLORS.rule,
        borderWidth: 0.5,
      });
    }
  }
  if (style.borders === "underline") {
    cursor.page.drawLine({
      start: { x: left, y: top - height },
      end: { x: right, y: top - height },
      thickness: 0.4,
      color: COLORS.rule,
    });
  }
}
