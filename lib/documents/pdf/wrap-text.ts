/** Measures a string's width in points at the current font and size. */
export type MeasureText = (text: string) => number;

/**
 * Breaks text into lines no wider than `maxWidth`: at spaces where possible, inside a word only when the
 * word alone is too wide (IBANs, hashes, URLs). Explicit "\n" always starts a new line; an empty input
 * gives one empty line so a blank cell still takes a line's height.
 */
export function wrapText(text: string, maxWidth: number, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of normalizeText(text).split("\n")) {
    lines.push(...wrapParagraph(paragraph, maxWidth, measure));
  }
  return lines;
}

/** Tabs and other control characters have no glyph; they would print as boxes or break the content stream. */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\t/g, "    ")
    .replace(/[\u0000-\u0009\u000B-\u001F\u007F]/g, "");
}

/*
 * A line's width is the sum of its glyphs' advances (pdf-lib adds no kerning), so a line and a word together
 * measure the line, a space and the word: each word is measured once, not every growing line again (which
 * made the packet's PDFs quadratic in a line's length). Within half a point of the limit the joined line is
 * measured after all, so rounding or a font's contextual forms never let a line overflow.
 */
const NEAR_THE_LIMIT = 0.5;

function wrapParagraph(paragraph: string, maxWidth: number, measure: MeasureText): string[] {
  const words = paragraph.split(/ +/).filter((word) => word.length > 0);
  if (words.length === 0) return [""];
  const space = measure(" ");
  const lines: string[] = [];
  let current = "";
  let currentWidth = 0;
  for (const word of words) {
    const wordWidth = measure(word);
    if (current !== "") {
      const candidate = `${current} ${word}`;
      let width = currentWidth + space + wordWidth;
      if (Math.abs(width - maxWidth) < NEAR_THE_LIMIT) width = measure(candidate);
      if (width <= maxWidth) {
        current = candidate;
        currentWidth = width;
        continue;
      }
      lines.push(current);
    }
    if (wordWidth <= maxWidth) {
      current = word;
      currentWidth = wordWidth;
      continue;
    }
    const pieces = breakLongWord(word, maxWidth, measure);
    current = pieces.pop() ?? "";
    currentWidth = measure(current);
    lines.push(...pieces);
  }
  lines.push(current);
  return lines;
}

function breakLongWord(word: string, maxWidth: number, measure: MeasureText): string[] {
  const pieces: string[] = [];
  let current = "";
  // Iterate by code point so a surrogate pair is never split in half.
  for (const character of word) {
    if (current !== "" && measure(current + character) > maxWidth) {
      pieces.push(current);
      current = character;
    } else {
      current += character;
    }
  }
  pieces.push(current);
  return pieces;
}
