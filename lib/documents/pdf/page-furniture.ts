import type { PDFPage } from "pdf-lib";
import { COLORS, MARGIN, PAGE_SIZE, SIZES, type Fonts } from "./theme";

export interface Furniture {
  reference: string;
  title: string;
  generatedLine: string;
  pageLabel: (number: number, count: number) => string;
}

/**
 * The running header (reference, title) and footer (generation time with its zone, "page N of M") on every
 * page. Drawn after layout, because M is only known once every page exists; a loose page printed from the
 * packet then still says which case it belongs to and whether the set is complete.
 */
export function drawFurniture(pages: PDFPage[], fonts: Fonts, furniture: Furniture): void {
  const size = SIZES.furniture;
  const left = MARGIN.left;
  const right = PAGE_SIZE[0] - MARGIN.right;
  const headerY = PAGE_SIZE[1] - 40;
  const footerY = 36;
  pages.forEach((page, index) => {
    const reference = furniture.reference;
    const referenceWidth = fonts.bold.widthOfTextAtSize(reference, size);
    page.drawText(reference, { x: left, y: headerY, font: fonts.bold, size, color: COLORS.muted });
    const title = fitWithEllipsis(furniture.title, right - left - referenceWidth - 24, (t) => fonts.regular.widthOfTextAtSize(t, size));
    const titleWidth = fonts.regular.widthOfTextAtSize(title, size);
    page.drawText(title, { x: right - titleWidth, y: headerY, font: fonts.regular, size, color: COLORS.muted });
    rule(page, left, right, headerY - 6);

    rule(page, left, right, footerY + 12);
    page.drawText(furniture.generatedLine, { x: left, y: footerY, font: fonts.regular, size, color: COLORS.muted });
    const label = furniture.pageLabel(index + 1, pages.length);
    const labelWidth = fonts.regular.widthOfTextAtSize(label, size);
    page.drawText(label, { x: right - labelWidth, y: footerY, font: fonts.regular, size, color: COLORS.muted });
  });
}

function rule(page: PDFPage, from: number, to: number, y: number): void {
  page.drawLine({ start: { x: from, y }, end: { x: to, y }, thickness: 0.4, color: COLORS.rule });
}

function fitWithEllipsis(text: string, maxWidth: number, measure: (text: string) => number): string {
  if (measure(text) <= maxWidth) return text;
  const characters = Array.from(text);
  while (characters.length > 0 && measure(`${characters.join("")}…`) > maxWidth) characters.pop();
  return characters.length > 0 ? `${characters.join("").trimEnd()}…` : "";
}
