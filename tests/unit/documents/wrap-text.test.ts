import fontkit from "@pdf-lib/fontkit";
import { PDFDocument } from "pdf-lib";
import { describe, expect, it } from "vitest";
import { columnWidths } from "@/lib/documents/pdf/column-widths";
import { loadFontFiles } from "@/lib/documents/pdf/fonts";
import { normalizeText, wrapText } from "@/lib/documents/pdf/wrap-text";

/** One point per character keeps the expectations readable. */
const measure = (text: string) => Array.from(text).length;

describe("wrapText", () => {
  it("breaks at spaces and never exceeds the width", () => {
    const lines = wrapText("the quick brown fox jumps over the lazy dog", 10, measure);
    expect(lines).toEqual(["the quick", "brown fox", "jumps over", "the lazy", "dog"]);
    expect(lines.every((line) => measure(line) <= 10)).toBe(true);
  });

  it("breaks a word only when it alone is too wide, by whole characters", () => {
    expect(wrapText("IBAN CZ6508000000192000145399", 8, measure)).toEqual(["IBAN", "CZ650800", "00001920", "00145399"]);
    expect(wrapText("ř".repeat(5), 2, measure)).toEqual(["řř", "řř", "ř"]);
  });

  it("keeps explicit line breaks and gives an empty text one empty line", () => {
    expect(wrapText("a\n\nb", 10, measure)).toEqual(["a", "", "b"]);
    expect(wrapText("", 10, measure)).toEqual([""]);
  });

  it("drops control characters that have no glyph and treats tabs as spaces", () => {
    expect(wrapText("a\u0007b\tc", 20, measure)).toEqual(["ab c"]);
  });
});

describe("columnWidths", () => {
  it("fills the width exactly, giving wider content more room", () => {
    const widths = columnWidths(["#", "Description"], [["1", "a fairly long description"]], 300, 4, measure, measure);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
    expect(widths[1]!).toBeGreaterThan(widths[0]!);
  });

  it("still fits the width when the content wants far more", () => {
    const long = "word ".repeat(200);
    const widths = columnWidths(["a", "b", "c"], [[long, long, "x"]], 300, 4, measure, measure);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(300);
    // The short column keeps all it wants; the two long ones share the rest evenly.
    expect(widths[2]!).toBeGreaterThanOrEqual(measure("x") + 8);
    expect(widths[0]!).toBeCloseTo(widths[1]!);
  });
});

/** What wrapText did before it added widths up: every growing line measured again, word by word. */
function wrapByMeasuringEveryLine(text: string, maxWidth: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  for (const paragraph of normalizeText(text).split("\n")) {
    const words = paragraph.split(/ +/).filter((word) => word.length > 0);
    if (words.length === 0) {
      lines.push("");
      continue;
    }
    let current = "";
    for (const word of words) {
      const candidate = current === "" ? word : `${current} ${word}`;
      if (measure(candidate) <= maxWidth) current = candidate;
      else if (measure(word) <= maxWidth) {
        if (current !== "") lines.push(current);
        current = word;
      } else {
        if (current !== "") lines.push(current);
        const pieces = wrapText(word, maxWidth, measure);
        current = pieces.pop() ?? "";
        lines.push(...pieces);
      }
    }
    lines.push(current);
  }
  return lines;
}

describe("wrapText with the PDFs' own fonts", () => {
  it("breaks lines exactly where measuring every growing line did, in four languages and at many widths", async () => {
    const document = await PDFDocument.create();
    document.registerFontkit(fontkit);
    const files = loadFontFiles();
    const fonts = [await document.embedFont(files.regular, { subset: true }), await document.embedFont(files.bold, { subset: true })];
    const texts = [
      "Les résultats d'analyses d'un patient ont été envoyés par erreur à un autre patient du même nom, le 3 décembre.",
      "Výsledky vyšetření byly omylem odeslány jinému pacientovi se stejným jménem; správce o tom ví od 14:30.",
      "Die Befunde wurden versehentlich an einen anderen Patienten gleichen Namens geschickt — Übermittlung per Fax.",
      "IBAN CZ6508000000192000145399 fi fl ffi « Tilleuls » sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    ];
    let compared = 0;
    for (const font of fonts)
      for (const size of [8, 10, 11, 16])
        for (const maxWidth of [40, 97.5, 150, 233.3, 400, 515]) {
          const measure = (text: string) => font.widthOfTextAtSize(text, size);
          for (const text of texts) {
            expect(wrapText(text, maxWidth, measure)).toEqual(wrapByMeasuringEveryLine(text, maxWidth, measure));
            compared += 1;
          }
        }
    expect(compared).toBe(2 * 4 * 6 * 4);
  });
});
