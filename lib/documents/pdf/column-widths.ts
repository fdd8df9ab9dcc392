import type { MeasureText } from "./wrap-text";

/** Narrowest a column may become, so a one-letter header still has room for a short value. */
const MIN_COLUMN = 36;
/** Beyond this, a single cell's natural width stops claiming more space (it will wrap instead). */
const MAX_NATURAL = 260;

/**
 * Shares the table width between columns: each column wants its widest unwrapped cell and needs at least
 * its longest word. Wanted widths that fit are stretched to the full width; otherwise every column gets
 * its need plus a share of what is left in proportion to how much more it wanted.
 */
export function columnWidths(
  columns: string[],
  rows: string[][],
  totalWidth: number,
  padding: number,
  measureHeader: MeasureText,
  measureBody: MeasureText,
): number[] {
  const wanted = columns.map((header, index) => {
    const cells = rows.map((row) => row[index] ?? "");
    const widest = Math.max(measureHeader(header), ...cells.flatMap((cell) => cell.split("\n").map((line) => measureBody(line))));
    return Math.min(widest, MAX_NATURAL) + 2 * padding;
  });
  const needed = columns.map((header, index) => {
    const words = [
      ...header.split(/\s+/).map((word) => measureHeader(word)),
      ...rows.flatMap((row) => (row[index] ?? "").split(/\s+/).map((word) => measureBody(word))),
    ];
    return Math.min(Math.max(MIN_COLUMN, ...words.map((width) => width + 2 * padding)), wanted[index]!);
  });
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const equalShare = () => columns.map(() => totalWidth / columns.length);

  if (columns.length === 0) return [];
  const totalWanted = sum(wanted);
  if (totalWanted <= totalWidth) return wanted.map((width) => (width / totalWanted) * totalWidth);
  const totalNeeded = sum(needed);
  if (totalNeeded >= totalWidth) {
    // Words longer than the page: no split is good, an equal one is at least predictable.
    return equalShare();
  }
  const extra = totalWanted - totalNeeded;
  return needed.map((need, index) => need + ((wanted[index]! - need) / extra) * (totalWidth - totalNeeded));
}
