import { describe, expect, it } from "vitest";
import { describeSize } from "@/lib/schemas/incident-attachment";

describe("a file's size in words", () => {
  it("keeps the API's English words, and writes sizes as each language does", () => {
    expect([describeSize(1_234_567), describeSize(12_345)]).toEqual(["1.2 MB", "13 KB"]);
    // The space is the language's own no-break space (U+00A0, or U+202F in French).
    expect(describeSize(1_234_567, "fr")).toMatch(/^1,2\s(?<!\x20)Mo$/u);
    expect(describeSize(12_345, "fr")).toMatch(/^13\s(?<!\x20)ko$/u);
    expect(describeSize(1_234_567, "cs")).toMatch(/^1,2\s(?<!\x20)MB$/u);
    expect(describeSize(25 * 1024 * 1024, "de")).toMatch(/^25\s(?<!\x20)MB$/u);
  });
});
