/** Regulation 1182/71 for hour periods, leap days, and zones whose offset is not a whole hour. */
import { describe, expect, it } from "vitest";
import { computeDeadlines, endOfHoursPeriod, startOfNextLocalHour } from "@/lib/domain/deadlines";
import { at } from "./zone-helpers";

const authority = (awareAt: Date, timeZone: string) => computeDeadlines({ awareAt, timeZone, regimes: ["gdpr"] })[0]!;

describe("awareness exactly on the hour", () => {
  it("10:00:00.000 falls in the hour 10:00-11:00, which Art. 3(1) leaves out: the period starts at 11:00", () => {
    const deadline = authority(at("2026-06-01T10:00:00.000Z"), "Europe/Paris");
    expect(deadline.due).toEqual(at("2026-06-04T10:00:00.000Z"));
    expect(deadline.dueUnder1182).toEqual(at("2026-06-04T11:00:00.000Z"));
  });

  it("one millisecond earlier the period starts at 10:00", () => {
    const deadline = authority(at("2026-06-01T09:59:59.999Z"), "Europe/Paris");
    expect(deadline.dueUnder1182).toEqual(at("2026-06-04T10:00:00.000Z"));
  });
});

describe("zones offset by half and three-quarter hours count hours of their own clock", () => {
  const aware = at("2026-06-01T10:10:00Z");
  it("Asia/Kolkata (+05:30): 15:40 local, the next hour is 16:00 local = 10:30 UTC", () => {
    expect(startOfNextLocalHour(aware, "Asia/Kolkata")).toEqual(at("2026-06-01T10:30:00Z"));
    expect(endOfHoursPeriod(aware, 72, "Asia/Kolkata")).toEqual(at("2026-06-04T10:30:00Z"));
  });
  it("Pacific/Chatham (+12:45 in June): 22:55 local, the next hour is 23:00 local = 10:15 UTC", () => {
    expect(endOfHoursPeriod(aware, 72, "Pacific/Chatham")).toEqual(at("2026-06-04T10:15:00Z"));
  });
  it("America/St_Johns (-02:30 in June): 07:40 local, the next hour is 08:00 local = 10:30 UTC", () => {
    expect(endOfHoursPeriod(aware, 24, "America/St_Johns")).toEqual(at("2026-06-02T10:30:00Z"));
  });
  it("whole-hour zones share the UTC hour boundary", () => {
    expect(endOfHoursPeriod(aware, 72, "America/New_York")).toEqual(at("2026-06-04T11:00:00Z"));
    expect(endOfHoursPeriod(aware, 72, "Asia/Tokyo")).toEqual(at("2026-06-04T11:00:00Z"));
  });
});

describe("leap day", () => {
  it("72 h from 27 Feb 2028 passes through 29 Feb", () => {
    const deadline = authority(at("2028-02-27T11:30:00Z"), "Europe/Paris");
    expect(deadline.due).toEqual(at("2028-03-01T11:30:00Z"));
    expect(deadline.dueUnder1182).toEqual(at("2028-03-01T12:00:00Z"));
  });

  it("awareness on 29 Feb 2028 itself", () => {
    const deadline = authority(at("2028-02-29T23:59:00Z"), "UTC");
    expect(deadline.due).toEqual(at("2028-03-03T23:59:00Z"));
  });

  it("one month from 31 Jan 2028 ends on 29 Feb 2028 (NIS2 final report)", () => {
    const [, , finalReport] = computeDeadlines({
      awareAt: at("2028-01-29T09:00:00Z"),
      timeZone: "Europe/Paris",
      regimes: ["nis2"],
      options: { firstFilings: { nis2: { filedAt: at("2028-01-31T09:00:00Z") } } },
    });
    expect(finalReport?.obligation).toBe("final-report");
    expect(finalReport?.provisional).toBe(false);
    expect(finalReport?.due).toEqual(at("2028-02-29T09:00:00Z")); // 10:00 CET
    expect(finalReport?.dueUnder1182).toEqual(at("2028-02-29T23:00:00Z")); // end of Tuesday 29 Feb, CET
  });

  it("one month from 31 Jan 2027 would end on Sunday 28 Feb, so under 1182/71 it ends with Monday 1 March", () => {
    const [, , finalReport] = computeDeadlines({
      awareAt: at("2027-01-29T09:00:00Z"),
      timeZone: "Europe/Paris",
      regimes: ["nis2"],
      options: { firstFilings: { nis2: { filedAt: at("2027-01-31T09:00:00Z") } } },
    });
    expect(finalReport?.due).toEqual(at("2027-02-28T09:00:00Z"));
    expect(finalReport?.dueUnder1182).toEqual(at("2027-03-01T23:00:00Z"));
  });
});
