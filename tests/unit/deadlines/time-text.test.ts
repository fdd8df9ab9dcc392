import { describe, expect, it } from "vitest";
import { formatForPeople, formatLocalIso, isValidTimeZone, parseTimeInZone, validTimeZone, zoneAbbreviation } from "@/lib/domain/deadlines";
import { at } from "./zone-helpers";

describe("parseTimeInZone", () => {
  it("an offset makes the time exact, whatever the zone", () => {
    expect(parseTimeInZone("2026-03-27T23:30:00+01:00", "Asia/Tokyo")).toMatchObject({
      ok: true,
      instant: at("2026-03-27T22:30:00Z"),
      hadOffset: true,
    });
    expect(parseTimeInZone("2026-03-27T22:30Z", "Europe/Paris")).toMatchObject({ ok: true, instant: at("2026-03-27T22:30:00Z") });
    expect(parseTimeInZone("2026-03-27T17:00:00.250-0530", "UTC")).toMatchObject({
      ok: true,
      instant: at("2026-03-27T22:30:00.250Z"),
    });
  });

  it("without an offset it is the zone's wall time", () => {
    expect(parseTimeInZone("2026-03-28T04:00", "Asia/Kolkata")).toMatchObject({
      ok: true,
      instant: at("2026-03-27T22:30:00Z"),
      hadOffset: false,
    });
  });

  it("refuses malformed text and impossible dates as values, not exceptions", () => {
    for (const text of [
      "",
      "yesterday",
      "2026-03-27",
      "2026-02-30T10:00",
      "2026-03-27T24:00",
      "2026-03-27T10:60",
      "2026-03-27T10:00+25:00",
    ]) {
      expect(parseTimeInZone(text, "Europe/Paris"), text).toMatchObject({ ok: false, reason: "malformed" });
    }
  });

  it("refuses unknown zones", () => {
    expect(parseTimeInZone("2026-03-27T10:00", "Europe/Atlantis")).toMatchObject({ ok: false, reason: "unknown-zone" });
  });

  it("Australia/Lord_Howe moves its clocks by 30 minutes: 02:15 on 4 Oct 2026 does not exist", () => {
    expect(parseTimeInZone("2026-10-04T02:15", "Australia/Lord_Howe")).toMatchObject({ ok: false, reason: "non-existent" });
    expect(parseTimeInZone("2026-10-04T02:45", "Australia/Lord_Howe")).toMatchObject({ ok: true });
  });
});

describe("time zone names", () => {
  it("accepts IANA names and normalises their capitals; refuses offsets and abbreviations", () => {
    expect(isValidTimeZone("Europe/Paris")).toBe(true);
    expect(validTimeZone("europe/paris")).toBe("Europe/Paris");
    expect(isValidTimeZone("UTC")).toBe(true);
    for (const name of ["", "+02:00", "CEST", "Europe/Pariss", "Paris"]) expect(isValidTimeZone(name), name).toBe(false);
  });
});

describe("formatting", () => {
  const instant = at("2026-03-30T22:30:00Z");
  it("for people, always with the zone", () => {
    expect(formatForPeople(instant, "Europe/Paris")).toBe("31 Mar 2026, 00:30 CEST");
    expect(formatForPeople(instant, "America/New_York")).toBe("30 Mar 2026, 18:30 EDT");
    expect(formatForPeople(instant, "Asia/Kolkata")).toBe("31 Mar 2026, 04:00 GMT+5:30");
    expect(formatForPeople(instant, "UTC")).toBe("30 Mar 2026, 22:30 UTC");
    expect(zoneAbbreviation(at("2026-01-10T12:00:00Z"), "Europe/London")).toBe("GMT");
  });

  it("for machines, ISO 8601 with the offset and no milliseconds", () => {
    expect(formatLocalIso(instant, "Europe/Paris")).toBe("2026-03-31T00:30:00+02:00");
    expect(formatLocalIso(instant, "America/St_Johns")).toBe("2026-03-30T20:00:00-02:30");
    expect(formatLocalIso(instant, "UTC")).toBe("2026-03-30T22:30:00+00:00");
    expect(formatLocalIso(at("2026-06-01T10:10:00.999Z"), "Pacific/Chatham")).toBe("2026-06-01T22:55:00+12:45");
  });
});
