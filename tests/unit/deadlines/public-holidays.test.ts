import { describe, expect, it } from "vitest";
import {
  computeDeadlines,
  holidayCalendar,
  isPublicHoliday,
  memberStateOfZone,
  practiceHolidays,
  type HolidayCalendar,
} from "@/lib/domain/deadlines";
import { HOLIDAY_CASES } from "./holiday-cases";
import { at } from "./zone-helpers";

const day = (iso: string) => {
  const [year, month, dayOfMonth] = iso.split("-").map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
};
const holidaysIn = (calendar: HolidayCalendar, dates: string[]) => dates.filter((date) => isPublicHoliday(day(date), calendar));

describe("public holidays of the Member States Breachdesk has an authority for (and the next markets)", () => {
  it("France: nationwide public holidays of 2026, and not the Alsace-Moselle ones", () => {
    const fr = holidayCalendar("FR");
    const expected = [
      "2026-01-01",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-05-14",
      "2026-05-25",
      "2026-07-14",
      "2026-08-15",
      "2026-11-01",
      "2026-11-11",
      "2026-12-25",
    ];
    expect(holidaysIn(fr, expected)).toEqual(expected);
    // Good Friday and 26 December are holidays in Moselle and Alsace only; Pentecost Sunday is an observance.
    expect(holidaysIn(fr, ["2026-04-03", "2026-12-26", "2026-05-24", "2026-07-15"])).toEqual([]);
  });

  it("Czechia: every státní svátek and ostatní svátek of 2026", () => {
    const cz = holidayCalendar("CZ");
    const expected = [
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-05-08",
      "2026-07-05",
      "2026-07-06",
      "2026-09-28",
      "2026-10-28",
      "2026-11-17",
      "2026-12-24",
      "2026-12-25",
      "2026-12-26",
    ];
    expect(holidaysIn(cz, expected)).toEqual(expected);
    expect(holidaysIn(cz, ["2026-12-27", "2026-12-31", "2026-05-14"])).toEqual([]);
  });

  it("Ireland: the public holidays of 2026, St Brigid's Day included", () => {
    const ie = holidayCalendar("IE");
    const expected = [
      "2026-01-01",
      "2026-02-02",
      "2026-03-17",
      "2026-04-06",
      "2026-05-04",
      "2026-06-01",
      "2026-08-03",
      "2026-10-26",
      "2026-12-25",
      "2026-12-26",
    ];
    expect(holidaysIn(ie, expected)).toEqual(expected);
    expect(holidaysIn(ie, ["2026-04-03", "2026-12-24"])).toEqual([]); // Good Friday is not a public holiday there
  });

  it("Germany: the nine nationwide holidays; a Land adds its own only when named", () => {
    const de = holidayCalendar("DE");
    const nationwide = [
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-25",
      "2026-10-03",
      "2026-12-25",
      "2026-12-26",
    ];
    expect(holidaysIn(de, nationwide)).toEqual(nationwide);
    const bavarian = ["2026-01-06", "2026-06-04", "2026-11-01"];
    expect(holidaysIn(de, bavarian)).toEqual([]);
    expect(holidaysIn(holidayCalendar("DE", "BY"), [...nationwide, ...bavarian])).toEqual([...nationwide, ...bavarian]);
    // Reformation Day is Saxony's, not Bavaria's.
    expect(holidaysIn(holidayCalendar("DE", "SN"), ["2026-10-31"])).toEqual(["2026-10-31"]);
    expect(holidaysIn(holidayCalendar("DE", "BY"), ["2026-10-31"])).toEqual([]);
  });

  it("Austria: the thirteen nationwide holidays of 2026", () => {
    const at = holidayCalendar("AT");
    const expected = [
      "2026-01-01",
      "2026-01-06",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-25",
      "2026-06-04",
      "2026-08-15",
      "2026-10-26",
      "2026-11-01",
      "2026-12-08",
      "2026-12-25",
      "2026-12-26",
    ];
    expect(holidaysIn(at, expected)).toEqual(expected);
    expect(holidaysIn(at, ["2026-04-03", "2026-12-24"])).toEqual([]);
  });

  it("the United Kingdom is not a Member State: Regulation 1182/71 counts none of its bank holidays", () => {
    expect(() => holidayCalendar("GB")).toThrow(/GB.*not an EU Member State/);
    expect(practiceHolidays("GB")).toBeNull();
    expect(practiceHolidays("US")).toBeNull();
    const [ico] = computeDeadlines({
      awareAt: at("2026-12-22T10:00:00Z"),
      timeZone: "Europe/London",
      regimes: ["uk-gdpr"],
      options: { holidays: practiceHolidays("GB") },
    });
    expect(ico?.dueUnder1182).toBeUndefined();
  });

  it("refuses an unknown region, naming it and the known ones; a stored bad region falls back to nationwide", () => {
    expect(() => holidayCalendar("DE", "XX")).toThrow(/region "XX" is not a region of DE \(known: .*BY/);
    expect(() => holidayCalendar("CZ", "PR")).toThrow(/it has no regional holidays/);
    expect(practiceHolidays("de", "XX")).toEqual({ country: "DE", region: null });
  });

  it("guesses the Member State from a zone only where the zone is one State's", () => {
    expect(memberStateOfZone("Europe/Paris")).toBe("FR");
    expect(memberStateOfZone("Europe/Prague")).toBe("CZ");
    expect(memberStateOfZone("Europe/London")).toBeNull();
    expect(memberStateOfZone("America/New_York")).toBeNull();
  });
});

describe("Regulation 1182/71 with the Member State's public holidays", () => {
  for (const c of HOLIDAY_CASES) {
    it(`${c.name} (${c.source})`, () => {
      const deadlines = (holidays: HolidayCalendar | null) =>
        computeDeadlines({
          awareAt: at(c.awareAt),
          timeZone: c.timeZone,
          regimes: [c.regime],
          options: { holidays, firstFilings: { [c.regime]: { filedAt: at(c.filedAt), complete: false } } },
        }).find((deadline) => deadline.obligation === c.obligation)!;
      const counted = deadlines(c.holidays);
      expect(counted.dueUnder1182?.toISOString()).toBe(c.dueUnder1182);
      expect(counted.holidaysOf).toBe(c.holidays.region ? `${c.holidays.country}-${c.holidays.region}` : c.holidays.country);
      const weekendsOnly = deadlines(null);
      expect(weekendsOnly.dueUnder1182?.toISOString()).toBe(c.withoutHolidays);
      expect(weekendsOnly.holidaysOf).toBeUndefined();
      // The conservative deadline never moves for a holiday.
      expect(counted.due).toEqual(weekendsOnly.due);
    });
  }

  it("GDPR's 72 hours are hours: a holiday never extends them, and no holidays are named for them", () => {
    const [authority] = computeDeadlines({
      awareAt: at("2026-07-11T08:20:00Z"), // Saturday; the 72 h end on 14 July
      timeZone: "Europe/Paris",
      regimes: ["gdpr"],
      options: { holidays: holidayCalendar("FR") },
    });
    expect(authority?.due).toEqual(at("2026-07-14T08:20:00Z"));
    expect(authority?.dueUnder1182).toEqual(at("2026-07-14T09:00:00Z"));
    expect(authority?.holidaysOf).toBeUndefined();
  });

  it("US periods follow their own rules: HIPAA's 60 days end on a holiday all the same", () => {
    const [individuals] = computeDeadlines({
      awareAt: at("2026-05-05T15:00:00Z"), // 60 days later is 4 July
      timeZone: "America/New_York",
      regimes: ["hipaa"],
      options: { subjects: 10, holidays: holidayCalendar("FR") },
    });
    expect(individuals?.due).toEqual(at("2026-07-04T15:00:00Z"));
    expect(individuals?.dueUnder1182).toBeUndefined();
  });
});
