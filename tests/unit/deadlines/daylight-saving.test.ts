/**
 * Deadlines across the 2026 clock changes. Dates from the rules: the EU changes at 01:00 UTC on the last
 * Sunday of March (29 March 2026) and of October (25 October 2026); the US at 02:00 local time on the second
 * Sunday of March (8 March 2026) and the first Sunday of November (1 November 2026).
 */
import { describe, expect, it } from "vitest";
import { computeDeadlines, formatForPeople, formatLocalIso, parseTimeInZone } from "@/lib/domain/deadlines";
import { at } from "./zone-helpers";

function gdprAuthority(localOrExact: string, timeZone: string) {
  const parsed = parseTimeInZone(localOrExact, timeZone);
  if (!parsed.ok) throw new Error(parsed.message);
  const [deadline] = computeDeadlines({ awareAt: parsed.instant, timeZone, regimes: ["gdpr"] });
  if (!deadline) throw new Error("no deadline");
  return { awareAt: parsed.instant, ...deadline, dueLocal: formatLocalIso(deadline.due, timeZone) };
}

describe("Europe/Paris", () => {
  it("the contract example: 72 h after Friday 23:30 is Tuesday 00:30, not Monday 23:30", () => {
    const result = gdprAuthority("2026-03-27T23:30", "Europe/Paris");
    expect(result.awareAt).toEqual(at("2026-03-27T22:30:00.000Z"));
    expect(result.due).toEqual(at("2026-03-30T22:30:00.000Z"));
    expect(result.dueLocal).toBe("2026-03-31T00:30:00+02:00");
    expect(result.dueUnder1182).toEqual(at("2026-03-30T23:00:00.000Z"));
    expect(formatForPeople(result.due, "Europe/Paris")).toBe("31 Mar 2026, 00:30 CEST");
  });

  it("spring forward: the local clock shows one hour more than the wall-clock sum", () => {
    const result = gdprAuthority("2026-03-28T10:15", "Europe/Paris");
    expect(result.awareAt).toEqual(at("2026-03-28T09:15:00Z"));
    expect(result.dueLocal).toBe("2026-03-31T11:15:00+02:00");
    expect(result.dueUnder1182).toEqual(at("2026-03-31T10:00:00Z"));
  });

  it("fall back: the local clock shows one hour less", () => {
    const result = gdprAuthority("2026-10-24T12:05", "Europe/Paris");
    expect(result.awareAt).toEqual(at("2026-10-24T10:05:00Z"));
    expect(result.dueLocal).toBe("2026-10-27T11:05:00+01:00");
    expect(formatForPeople(result.due, "Europe/Paris")).toBe("27 Oct 2026, 11:05 CET");
  });

  it("refuses the skipped 02:30 and the doubled 02:30, but accepts them with an offset", () => {
    expect(parseTimeInZone("2026-03-29T02:30", "Europe/Paris")).toMatchObject({ ok: false, reason: "non-existent" });
    const doubled = parseTimeInZone("2026-10-25T02:30", "Europe/Paris");
    expect(doubled).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!doubled.ok && doubled.reason === "ambiguous") {
      expect(doubled.candidates).toEqual([at("2026-10-25T00:30:00Z"), at("2026-10-25T01:30:00Z")]);
    }
    expect(parseTimeInZone("2026-10-25T02:30+01:00", "Europe/Paris")).toMatchObject({
      ok: true,
      instant: at("2026-10-25T01:30:00Z"),
    });
  });
});

describe("Europe/Prague", () => {
  it("one second before the jump: counted across it in elapsed time", () => {
    const result = gdprAuthority("2026-03-29T01:59:59", "Europe/Prague");
    expect(result.awareAt).toEqual(at("2026-03-29T00:59:59Z"));
    expect(result.due).toEqual(at("2026-04-01T00:59:59Z"));
    expect(result.dueLocal).toBe("2026-04-01T02:59:59+02:00");
    expect(result.dueUnder1182).toEqual(at("2026-04-01T01:00:00Z"));
  });

  it("02:00 on 29 March does not exist, 03:00 does", () => {
    expect(parseTimeInZone("2026-03-29T02:00", "Europe/Prague")).toMatchObject({ ok: false, reason: "non-existent" });
    expect(parseTimeInZone("2026-03-29T03:00", "Europe/Prague")).toMatchObject({ ok: true, instant: at("2026-03-29T01:00:00Z") });
  });

  it("fall back on 25 October: 02:59 is ambiguous, 03:00 is not", () => {
    expect(parseTimeInZone("2026-10-25T02:59", "Europe/Prague")).toMatchObject({ ok: false, reason: "ambiguous" });
    expect(parseTimeInZone("2026-10-25T03:00", "Europe/Prague")).toMatchObject({ ok: true, instant: at("2026-10-25T02:00:00Z") });
  });
});

describe("Europe/London", () => {
  it("spring forward on 29 March at 01:00 GMT", () => {
    const result = gdprAuthority("2026-03-28T23:30", "Europe/London");
    expect(result.awareAt).toEqual(at("2026-03-28T23:30:00Z"));
    expect(result.dueLocal).toBe("2026-04-01T00:30:00+01:00");
    expect(parseTimeInZone("2026-03-29T01:30", "Europe/London")).toMatchObject({ ok: false, reason: "non-existent" });
  });

  it("fall back on 25 October: the first 01:30 (BST) given with its offset", () => {
    const result = gdprAuthority("2026-10-25T01:30+01:00", "Europe/London");
    expect(result.awareAt).toEqual(at("2026-10-25T00:30:00Z"));
    expect(result.dueLocal).toBe("2026-10-28T00:30:00+00:00");
    expect(result.dueUnder1182).toEqual(at("2026-10-28T01:00:00Z"));
    expect(formatForPeople(result.due, "Europe/London")).toBe("28 Oct 2026, 00:30 GMT");
    expect(parseTimeInZone("2026-10-25T01:30", "Europe/London")).toMatchObject({ ok: false, reason: "ambiguous" });
  });
});

describe("America/New_York", () => {
  it("spring forward on 8 March at 02:00 local", () => {
    const result = gdprAuthority("2026-03-07T21:00", "America/New_York");
    expect(result.awareAt).toEqual(at("2026-03-08T02:00:00Z"));
    expect(result.dueLocal).toBe("2026-03-10T22:00:00-04:00");
    expect(formatForPeople(result.due, "America/New_York")).toBe("10 Mar 2026, 22:00 EDT");
    expect(parseTimeInZone("2026-03-08T02:30", "America/New_York")).toMatchObject({ ok: false, reason: "non-existent" });
  });

  it("fall back on 1 November at 02:00 local", () => {
    const result = gdprAuthority("2026-10-31T09:45", "America/New_York");
    expect(result.awareAt).toEqual(at("2026-10-31T13:45:00Z"));
    expect(result.dueLocal).toBe("2026-11-03T08:45:00-05:00");
    const doubled = parseTimeInZone("2026-11-01T01:30", "America/New_York");
    expect(doubled).toMatchObject({ ok: false, reason: "ambiguous" });
    if (!doubled.ok && doubled.reason === "ambiguous") {
      expect(doubled.candidates).toEqual([at("2026-11-01T05:30:00Z"), at("2026-11-01T06:30:00Z")]);
    }
  });

  it("HIPAA counts calendar days: 60 days across the fall-back is 60 x 24 h plus one hour", () => {
    const awareAt = at("2026-10-15T14:00:00Z"); // 10:00 EDT
    const [individuals] = computeDeadlines({ awareAt, timeZone: "America/New_York", regimes: ["hipaa"] });
    expect(individuals?.obligation).toBe("notify-individuals");
    expect(individuals?.due).toEqual(at("2026-12-14T15:00:00Z")); // 10:00 EST
    expect(individuals?.dueUnder1182).toBeUndefined();
  });
});
