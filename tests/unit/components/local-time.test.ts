import { describe, expect, it } from "vitest";
import { describeZone, isoToLocalInput, localInputToIso, timeOfDayWithZone } from "@/components/incidents/local-time";

describe("local times in the practice's zone", () => {
  it("reads a datetime-local value in the zone and keeps its offset", () => {
    expect(localInputToIso("2026-03-27T23:30", "Europe/Paris")).toEqual({ ok: true, iso: "2026-03-27T23:30:00+01:00" });
    expect(localInputToIso("2026-07-01T09:15", "Europe/Paris")).toEqual({ ok: true, iso: "2026-07-01T09:15:00+02:00" });
    expect(localInputToIso("2026-07-01T09:15", "America/New_York")).toEqual({ ok: true, iso: "2026-07-01T09:15:00-04:00" });
  });

  it("treats an empty input as not known", () => {
    expect(localInputToIso("", "Europe/Paris")).toEqual({ ok: true, iso: null });
    expect(localInputToIso(undefined, "Europe/Paris")).toEqual({ ok: true, iso: null });
  });

  it("refuses the hour the clocks skip and the hour they repeat, naming the zone", () => {
    const skipped = localInputToIso("2026-03-29T02:30", "Europe/Paris");
    expect(skipped.ok).toBe(false);
    expect(!skipped.ok && skipped.problem).toMatch(/does not exist in Europe\/Paris/);
    const repeated = localInputToIso("2026-10-25T02:30", "Europe/Paris");
    expect(repeated.ok).toBe(false);
    expect(!repeated.ok && repeated.problem).toMatch(/happened twice in Europe\/Paris/);
  });

  it("refuses a malformed value", () => {
    expect(localInputToIso("2026-02-30T10:00", "Europe/Paris")).toEqual({ ok: false, problem: "is not a valid date and time" });
  });

  it("shows an instant as the input's value in the zone, and round-trips", () => {
    expect(isoToLocalInput("2026-03-27T22:30:00.000Z", "Europe/Paris")).toBe("2026-03-27T23:30");
    expect(isoToLocalInput(null, "Europe/Paris")).toBe("");
    const back = localInputToIso(isoToLocalInput("2026-08-10T07:05:00.000Z", "Europe/Prague"), "Europe/Prague");
    expect(back.ok && new Date(back.iso!).toISOString()).toBe("2026-08-10T07:05:00.000Z");
  });

  it("names the zone with every time it shows", () => {
    expect(timeOfDayWithZone(new Date("2026-01-15T09:42:00Z"), "Europe/Paris")).toBe("10:42 CET");
    expect(timeOfDayWithZone(new Date("2026-07-15T09:42:00Z"), "Europe/Paris")).toBe("11:42 CEST");
    expect(describeZone("Europe/Paris", new Date("2026-01-15T09:42:00Z"))).toBe("Europe/Paris (CET, UTC+01:00)");
  });

  it("names the zone's short name in the reader's language, or only the offset where the language has none", () => {
    const summer = new Date("2026-07-15T09:42:00Z");
    expect(describeZone("Europe/Prague", summer, "cs")).toBe("Europe/Prague (SELČ, UTC+02:00)");
    expect(describeZone("Europe/Berlin", summer, "de")).toBe("Europe/Berlin (MESZ, UTC+02:00)");
    expect(describeZone("Europe/Paris", summer, "fr")).toBe("Europe/Paris (UTC+02:00)");
    expect(describeZone("Europe/Dublin", new Date("2026-01-15T09:42:00Z"))).toBe("Europe/Dublin (GMT, UTC+00:00)");
  });
});
