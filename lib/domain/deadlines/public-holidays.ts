/**
 * The public holidays Regulation 1182/71 counts (Art. 2(2), 3(4), 3(5)): those of the Member State where the
 * notification is made, from the date-holidays library rather than hand-kept lists. Only days of type
 * "public" count (bank holidays, school holidays and observances do not close the authorities).
 *
 * Regions: holidays of one region only (a German Land, an Austrian Bundesland, Alsace-Moselle) count when the
 * practice names that region, because the notification is then made there. Without a region only the
 * nationwide ones count: a regional holiday could otherwise give a practice in another region a day the law
 * does not give it. Countries outside the EU have none here: the regulation counts EU law's periods only.
 */
import Holidays from "date-holidays";
import type { LocalDate } from "./calendar";

/** The Member States: Regulation 1182/71 is EU law, so only their holidays extend a period. */
export const EU_MEMBER_STATES = [
  "AT",
  "BE",
  "BG",
  "CY",
  "CZ",
  "DE",
  "DK",
  "EE",
  "ES",
  "FI",
  "FR",
  "GR",
  "HR",
  "HU",
  "IE",
  "IT",
  "LT",
  "LU",
  "LV",
  "MT",
  "NL",
  "PL",
  "PT",
  "RO",
  "SE",
  "SI",
  "SK",
] as const;

export interface HolidayCalendar {
  /** ISO 3166-1 alpha-2 code of the Member State. */
  country: string;
  /** The region's code as date-holidays names it ("BY" for Bavaria), or null for the nationwide holidays only. */
  region: string | null;
}

export function isEuMemberState(country: string): boolean {
  return (EU_MEMBER_STATES as readonly string[]).includes(country.toUpperCase());
}

/** The regions date-holidays knows for a country, by code. */
export function regionsOf(country: string): string[] {
  return Object.keys(new Holidays().getStates(country.toUpperCase()) ?? {});
}

/**
 * A checked calendar: a Member State, and a region of it or none. Throws a RangeError naming the bad value,
 * so the CLI and the services can turn it into an error on the field.
 */
export function holidayCalendar(country: string, region?: string | null): HolidayCalendar {
  const code = country.trim().toUpperCase();
  if (!isEuMemberState(code)) {
    throw new RangeError(
      `country "${country}" is not an EU Member State: Regulation 1182/71 counts the public holidays of Member States only`,
    );
  }
  const regionCode = region?.trim() ? region.trim().toUpperCase() : null;
  if (regionCode !== null && !regionsOf(code).includes(regionCode)) {
    const known = regionsOf(code);
    throw new RangeError(
      `region "${region}" is not a region of ${code}${known.length ? ` (known: ${known.join(", ")})` : " (it has no regional holidays)"}`,
    );
  }
  return { country: code, region: regionCode };
}

/**
 * The calendar for a practice: its country's (and region's, when it names a valid one) holidays, or null for a
 * practice outside the EU. Never throws: a stored country is not input to refuse.
 */
export function practiceHolidays(country: string | null | undefined, region?: string | null): HolidayCalendar | null {
  if (!country || !isEuMemberState(country)) return null;
  try {
    return holidayCalendar(country, region);
  } catch {
    return holidayCalendar(country);
  }
}

export interface HolidaysUsed {
  /** The Member State whose public holidays count, or null when none do. */
  country: string | null;
  region: string | null;
  note: string;
}

/** Which holidays a deadline list counted, and why, for the CLI, the API and the pages. */
export function holidaysUsed(calendar: HolidayCalendar | null, askedCountry?: string | null): HolidaysUsed {
  if (calendar) {
    const note = calendar.region
      ? `public holidays of ${calendar.country}, nationwide and those of region ${calendar.region}`
      : `nationwide public holidays of ${calendar.country} (no region given, so regional holidays do not count)`;
    return { country: calendar.country, region: calendar.region, note };
  }
  const note = askedCountry
    ? `none: ${askedCountry.toUpperCase()} is not an EU Member State, so Regulation 1182/71 does not extend its periods`
    : "none: no Member State known, so only Saturdays and Sundays extend periods in days and months";
  return { country: null, region: null, note };
}

/** "FR", "DE-BY": the holidays used, as the deadline output names them. */
export function holidayCalendarLabel(calendar: HolidayCalendar): string {
  return calendar.region ? `${calendar.country}-${calendar.region}` : calendar.country;
}

const byYear = new Map<string, ReadonlySet<string>>();

function dayKey(date: LocalDate): string {
  return `${String(date.year).padStart(4, "0")}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

function holidaysOfYear(calendar: HolidayCalendar, year: number): ReadonlySet<string> {
  const key = `${holidayCalendarLabel(calendar)}/${year}`;
  let days = byYear.get(key);
  if (!days) {
    const source = calendar.region
      ? new Holidays(calendar.country, calendar.region, { types: ["public"] })
      : new Holidays(calendar.country, { types: ["public"] });
    // `date` is the local calendar date ("2026-07-14 00:00:00"), which is what the regulation counts.
    days = new Set(
      source
        .getHolidays(year)
        .filter((holiday) => holiday.type === "public")
        .map((holiday) => holiday.date.slice(0, 10)),
    );
    byYear.set(key, days);
  }
  return days;
}

export function isPublicHoliday(date: LocalDate, calendar: HolidayCalendar): boolean {
  return holidaysOfYear(calendar, date.year).has(dayKey(date));
}

let zoneToCountry: Map<string, string> | undefined;

/**
 * The Member State whose clock a zone is ("Europe/Paris" -> "FR"), or null for a zone outside the EU or shared
 * by several Member States. A guess for the CLI only: the app knows the practice's country.
 */
export function memberStateOfZone(timeZone: string): string | null {
  if (!zoneToCountry) {
    const counts = new Map<string, string[]>();
    for (const country of EU_MEMBER_STATES) {
      for (const zone of new Holidays(country).getTimezones()) counts.set(zone, [...(counts.get(zone) ?? []), country]);
    }
    zoneToCountry = new Map([...counts].filter(([, countries]) => countries.length === 1).map(([zone, [country]]) => [zone, country!]));
  }
  return zoneToCountry.get(timeZone) ?? null;
}
