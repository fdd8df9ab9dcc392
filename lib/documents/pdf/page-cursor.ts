import type { PDFDocument, PDFPage } from "pdf-lib";
import { MARGIN, PAGE_SIZE } from "./theme";

/**
 * Where the next thing goes: the current page and the y of the top of the free space (PDF y grows upwards).
 * Blocks ask for room with `fits` and start a page with `newPage`; nothing else moves between pages.
 */
export class PageCursor {
  page: PDFPage;
  y: number;

  constructor(private readonly document: PDFDocument) {
    this.page = document.addPage(PAGE_SIZE);
    this.y = this.top;
  }

  get top(): number {
    return PAGE_SIZE[1] - MARGIN.top;
  }

  /** Free height left on the current page. */
  get available(): number {
    return this.y - MARGIN.bottom;
  }

  get atTopOfPage(): boolean {
    return this.y >= this.top;
  }

  fits(height: number): boolean {
    return height <= this.available;
  }

  newPage(): void {
    this.page = this.document.addPage(PAGE_SIZE);
    this.y = this.top;
  }

  /** Starts a new page unless `height` fits here or we are already at the top (where it can never fit better). */
  ensure(height: number): void {
    if (!this.fits(height) && !this.atTopOfPage) this.newPage();
  }

  moveDown(height: number): void {
    this.y = Math.max(this.y - height, MARGIN.bottom);
  }
}
