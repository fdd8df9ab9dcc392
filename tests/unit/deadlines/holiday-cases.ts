/**
 * Deadline cases where the public holidays of the Member State decide the legal outer limit, each with its
 * source. Reg. 1182/71 Art. 3(4): a period in days, weeks or months ending on a public holiday, Saturday or
 * Sunday ends at the end of the next working day; Art. 3(5): a period of two days or more includes at least
 * two working days; Art. 2(2): the holidays are those of the Member State where the act is to be done.
 * Times are UTC instants; "end of day" is midnight of the local clock.
 */
import type { DeadlineOptions, RegimeId } from "@/lib/domain/deadlines";

export interface HolidayCase {
  name: string;
  source: string;
  regime: RegimeId;
  obligation: string;
  awareAt: string;
  timeZone: string;
  /** The filing the period runs from (ePrivacy complete notification, NIS2 final report). */
  filedAt: string;
  holidays: NonNullable<DeadlineOptions["holidays"]>;
  /** With the holidays counted. */
  dueUnder1182: string;
  /** The same case counting weekends only: proves the holiday is what moved the limit. */
  withoutHolidays: string;
}

export const HOLIDAY_CASES: HolidayCase[] = [
  {
    name: "France, 14 July (Tuesday) ends a 3-day period: it runs to the end of Wednesday 15 July",
    source: "Reg. 611/2013 Art. 2(3); Reg. 1182/71 Art. 3(4); Code du travail L3133-1",
    regime: "eprivacy",
    obligation: "complete-notification",
    awareAt: "2026-07-10T08:00:00Z",
    timeZone: "Europe/Paris",
    filedAt: "2026-07-11T08:00:00Z",
    holidays: { country: "FR", region: null },
    dueUnder1182: "2026-07-15T22:00:00.000Z",
    withoutHolidays: "2026-07-14T22:00:00.000Z",
  },
  {
    name: "France, Ascension (Thursday 14 May 2026) ends a 3-day period: end of Friday 15 May",
    source: "Reg. 611/2013 Art. 2(3); Reg. 1182/71 Art. 3(4); Code du travail L3133-1",
    regime: "eprivacy",
    obligation: "complete-notification",
    awareAt: "2026-05-10T08:00:00Z",
    timeZone: "Europe/Paris",
    filedAt: "2026-05-11T08:00:00Z",
    holidays: { country: "FR", region: null },
    dueUnder1182: "2026-05-15T22:00:00.000Z",
    withoutHolidays: "2026-05-14T22:00:00.000Z",
  },
  {
    name: "France, 8 May (Friday) leaves one working day in Fri-Mon: two are needed, so end of Tuesday 12 May",
    source: "Reg. 611/2013 Art. 2(3); Reg. 1182/71 Art. 3(5)",
    regime: "eprivacy",
    obligation: "complete-notification",
    awareAt: "2026-05-06T08:00:00Z",
    timeZone: "Europe/Paris",
    filedAt: "2026-05-07T08:00:00Z",
    holidays: { country: "FR", region: null },
    dueUnder1182: "2026-05-12T22:00:00.000Z",
    withoutHolidays: "2026-05-11T22:00:00.000Z",
  },
  {
    name: "Czechia, Christmas: 24, 25 and 26 December then a Sunday: end of Monday 28 December",
    source: "Reg. 611/2013 Art. 2(3); Reg. 1182/71 Art. 3(4); zákon č. 245/2000 Sb.",
    regime: "eprivacy",
    obligation: "complete-notification",
    awareAt: "2026-12-20T08:00:00Z",
    timeZone: "Europe/Prague",
    filedAt: "2026-12-21T08:00:00Z",
    holidays: { country: "CZ", region: null },
    dueUnder1182: "2026-12-28T23:00:00.000Z",
    withoutHolidays: "2026-12-24T23:00:00.000Z",
  },
  {
    name: "Czechia, 28 September (Monday) after a weekend: one working day, so end of Wednesday 30 September",
    source: "Reg. 611/2013 Art. 2(3); Reg. 1182/71 Art. 3(4) and 3(5); zákon č. 245/2000 Sb.",
    regime: "eprivacy",
    obligation: "complete-notification",
    awareAt: "2026-09-24T08:00:00Z",
    timeZone: "Europe/Prague",
    filedAt: "2026-09-25T08:00:00Z",
    holidays: { country: "CZ", region: null },
    dueUnder1182: "2026-09-30T22:00:00.000Z",
    withoutHolidays: "2026-09-29T22:00:00.000Z",
  },
  {
    name: "Ireland, St Patrick's Day (Tuesday 17 March) ends NIS2's month: end of Wednesday 18 March",
    source: "NIS2 (Directive 2022/2555) Art. 23(4)(d); Reg. 1182/71 Art. 3(2)(c) and 3(4); Organisation of Working Time Act 1997 Sch. 2",
    regime: "nis2",
    obligation: "final-report",
    awareAt: "2026-02-16T08:00:00Z",
    timeZone: "Europe/Dublin",
    filedAt: "2026-02-17T08:00:00Z",
    holidays: { country: "IE", region: null },
    dueUnder1182: "2026-03-19T00:00:00.000Z",
    withoutHolidays: "2026-03-18T00:00:00.000Z",
  },
  {
    name: "Bavaria, Corpus Christi (Thursday 4 June) ends NIS2's month for a practice there: end of Friday 5 June",
    source: "NIS2 Art. 23(4)(d); Reg. 1182/71 Art. 2(2) and 3(4); Bayerisches Feiertagsgesetz Art. 1",
    regime: "nis2",
    obligation: "final-report",
    awareAt: "2026-05-03T08:00:00Z",
    timeZone: "Europe/Berlin",
    filedAt: "2026-05-04T08:00:00Z",
    holidays: { country: "DE", region: "BY" },
    dueUnder1182: "2026-06-05T22:00:00.000Z",
    withoutHolidays: "2026-06-04T22:00:00.000Z",
  },
  {
    name: "Austria, Nationalfeiertag (Monday 26 October) after a weekend: end of Wednesday 28 October",
    source: "Reg. 611/2013 Art. 2(3); Reg. 1182/71 Art. 3(4) and 3(5); Feiertagsruhegesetz 1957 § 1",
    regime: "eprivacy",
    obligation: "complete-notification",
    awareAt: "2026-10-22T08:00:00Z",
    timeZone: "Europe/Vienna",
    filedAt: "2026-10-23T08:00:00Z",
    holidays: { country: "AT", region: null },
    dueUnder1182: "2026-10-28T23:00:00.000Z",
    withoutHolidays: "2026-10-27T23:00:00.000Z",
  },
];
