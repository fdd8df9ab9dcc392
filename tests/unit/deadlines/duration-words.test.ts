import { describe, expect, it } from "vitest";
import { durationInWords } from "@/lib/domain/deadlines/duration-words";

const say = (message: string, values: Record<string, number>) => `${message}${JSON.stringify(values)}`;
const MIN = 60_000;

describe("a duration counted for its words", () => {
  it("keeps the two largest units, rounded down, and ignores the sign", () => {
    expect(durationInWords(59_999, say)).toBe("lessThanMinute{}");
    expect(durationInWords(MIN, say)).toBe('minutes{"minutes":1}');
    expect(durationInWords(-(5 * 60 + 12) * MIN - 59_000, say)).toBe('hoursMinutes{"hours":5,"minutes":12}');
    expect(durationInWords(3 * 60 * MIN, say)).toBe('hours{"hours":3}');
    expect(durationInWords((2 * 24 + 3) * 60 * MIN + 45 * MIN, say)).toBe('daysHours{"days":2,"hours":3}');
    expect(durationInWords(24 * 60 * MIN + 59 * MIN, say)).toBe('days{"days":1}');
  });
});
