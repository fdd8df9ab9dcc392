import { describe, expect, it } from "vitest";
import { columnWidths } from "@/lib/documents/pdf/column-widths";
import { wrapText } from "@/lib/documents/pdf/wrap-text";

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
