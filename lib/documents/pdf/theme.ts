import { rgb, type PDFFont } from "pdf-lib";

/** A4 in PDF points (1/72 inch). */
export const PAGE_SIZE: [number, number] = [595.28, 841.89];

/** 20 mm side margins; top and bottom leave room for the running header and footer. */
export const MARGIN = { left: 56.7, right: 56.7, top: 76, bottom: 70 } as const;

export const CONTENT_WIDTH = PAGE_SIZE[0] - MARGIN.left - MARGIN.right;

export const COLORS = {
  text: rgb(0.1, 0.1, 0.12),
  muted: rgb(0.4, 0.4, 0.45),
  rule: rgb(0.75, 0.75, 0.78),
  tableHeader: rgb(0.92, 0.93, 0.95),
  accent: rgb(0.12, 0.25, 0.45),
} as const;

export const SIZES = {
  title: 18,
  heading: 12.5,
  body: 10,
  table: 9,
  furniture: 8,
} as const;

/** Line height as a multiple of the font size; DejaVu's ascent+descent is about 1.17 em. */
export const LEADING = 1.35;

export interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}
