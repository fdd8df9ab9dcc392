import { describe, expect, it } from "vitest";
import { formatDate, formatInstant } from "@/lib/domain/notification/format-instant";

// 72 hours after 23:30 on Friday 27 March 2026 in Paris: 00:30 on Tuesday 31 March, summer time.
const DEADLINE = "2026-03-30T22:30:00.000Z";

describe("formatInstant names the zone and speaks the language", () => {
  it.each([
    ["en", "31 Mar 2026, 00:30 CEST"],
    ["fr", "31 mars 2026, 00:30 UTC+2"],
    ["cs", "31. března 2026 v 00:30 SELČ"],
    ["de", "31. März 2026, 00:30 MESZ"],
  ] as const)("%s", (language, expected) => {
    expect(formatInstant(DEADLINE, "Europe/Paris", language)).toBe(expected);
  });

  it("shows the same instant in another zone with that zone's name", () => {
    expect(formatInstant(DEADLINE, "Europe/London", "en")).toBe("30 Mar 2026, 23:30 BST");
  });

  it("formats calendar dates for letters in the incident's zone", () => {
    expect(formatDate("2026-03-27T23:30:00.000Z", "Europe/Paris", "fr")).toBe("28 mars 2026");
    expect(formatDate("2026-03-27T23:30:00.000Z", "Europe/London", "en")).toBe("27 March 2026");
  });
});
