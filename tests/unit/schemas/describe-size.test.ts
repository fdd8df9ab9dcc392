import { describe, expect, it } from "vitest";
import { describeSize } from "@/lib/schemas/incident-attachment";

describe("a file's size in words", () => {
  it("keeps the API's English words, and writes sizes as each language does", () => {
    expect([describeSize(1_234_567), describeSize(12_345)]).toEqual(["1.2 MB", "13 KB"]);
    // The space is whichever the language puts there (a no-break one in French).
    expect(describeSize(1_234_567, "fr")).toMatch(/^1,2\sMo$/u);
    expect(describeSize(12_345, "fr")).toMatch(/^13\sko$/u);
    expect(describeSize(1_234_567, "cs")).toMatch(/^1,2\sMB$/u);
    expect(describeSize(25 * 1024 * 1024, "de")).toMatch(/^25\sMB$/u);
  });
});
