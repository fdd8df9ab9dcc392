import { describe, expect, it } from "vitest";
import { buildTimeline, countdownText } from "@/lib/domain/calendar";

describe("buildTimeline", () => {
  const now = new Date("2026-03-27T22:30:00Z"); // Friday 23:30 in Paris
  const items = [
    { key: "a", due: new Date("2026-03-30T22:30:00Z"), timeZone: "Europe/Paris" }, // Tue 31 Mar 00:30 CEST
    { key: "b", due: new Date("2026-03-26T10:00:00Z"), timeZone: "Europe/Paris" }, // before today: overdue
    { key: "c", due: new Date("2026-03-29T00:30:00Z"), timeZone: "Europe/London" }, // Sun 29 Mar 00:30 GMT = 01:30 CET
    { key: "d", due: new Date("2026-04-20T00:00:00Z"), timeZone: "Europe/Paris" }, // beyond the week
  ];
  const timeline = buildTimeline(items, now, "Europe/Paris");

  it("has seven local days starting today, across the change to summer time", () => {
    expect(timeline.days.map((d) => d.label)).toEqual([
      "Fri 27 Mar",
      "Sat 28 Mar",
      "Sun 29 Mar",
      "Mon 30 Mar",
      "Tue 31 Mar",
      "Wed 1 Apr",
      "Thu 2 Apr",
    ]);
    expect(timeline.days[0]?.isToday).toBe(true);
    expect(timeline.zoneName).toBe("CET");
  });

  it("puts each deadline on its local day with the time on its own clock, zone named", () => {
    const byDay = Object.fromEntries(timeline.days.map((d) => [d.label, d.entries.map((e) => `${e.item.key} ${e.time}`)]));
    expect(byDay["Tue 31 Mar"]).toEqual(["a 00:30 CEST"]);
    expect(byDay["Sun 29 Mar"]).toEqual(["c 00:30 GMT"]);
    expect(timeline.earlier.map((e) => e.item.key)).toEqual(["b"]);
    expect(timeline.days.flatMap((d) => d.entries).map((e) => e.item.key)).not.toContain("d");
    expect(timeline.days[4]?.entries[0]?.full).toBe("31 Mar 2026, 00:30 CEST");
  });
});

describe("countdownText", () => {
  it("ticks to the second, before and after the deadline", () => {
    expect(countdownText(((24 + 10) * 60 + 29) * 60_000 + 5_000)).toBe("due in 1 d 10 h 29 min 05 s");
    expect(countdownText(3 * 3_600_000 + 12_000)).toBe("due in 3 h 00 min 12 s");
    expect(countdownText(59_000)).toBe("due in 0 min 59 s");
    expect(countdownText(-(3 * 3_600_000 + 12_000))).toBe("overdue by 3 h 00 min 12 s");
    expect(countdownText(0)).toBe("due now");
  });
});
