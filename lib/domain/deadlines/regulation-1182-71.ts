/**
 * Regulation (EEC, Euratom) No 1182/71, Article 3: how EU law counts periods. Used for the legal outer limit
 * (`dueUnder1182`); the deadline people are asked to meet (`due`) is always the conservative one.
 *
 * Hours (Art. 3(1) first subparagraph, 3(2)(a)): the hour during which the event occurs is not counted; the
 * period starts at the beginning of the next hour and runs for the stated number of hours. Hours are
 * clock hours of the incident's zone. In zones whose offset is a whole number of hours that boundary is the
 * same instant as the next full UTC hour; in zones offset by :30 or :45 (Asia/Kolkata, Pacific/Chatham) it
 * is the next full hour of the local clock, i.e. :30 or :15 past a UTC hour. The current hour is taken as
 * 60 elapsed minutes from the full hour the clock showed at the event, so a DST change inside that hour
 * (Australia/Lord_Howe moves by 30 minutes) does not stretch or shrink it.
 *
 * An event exactly on the full hour (10:00:00.000) happens during the hour 10:00-11:00, which Art. 3(1)
 * excludes; the period therefore starts at 11:00. This is the same rule the regulation applies to days (an
 * event at 00:00 falls within that day, which is not counted), and recorded times are rarely precise to the
 * millisecond: "aware at 10:00" names a moment inside that hour. So due < dueUnder1182 <= due + 1 h.
 *
 * Days, weeks, months (Art. 3(1) second subparagraph, 3(2)(b)(c), 3(4), 3(5)): the day of the event is not
 * counted; the period ends at the end of the last day (for months: the same date, or the month's last day);
 * if that day is a public holiday, Saturday or Sunday the period ends at the end of the next working day; a
 * period of two days or more contains at least two working days. Holidays are those of the Member State
 * where the notification is made (Art. 2(2), public-holidays.ts); without a calendar only weekends count,
 * which ends a period on a holiday one working day too early, never too late. Periods in hours are never
 * extended: Art. 3(4) speaks of periods "expressed otherwise than in hours".
 */
import { addLocalDays, addLocalMonths, isWeekend, localDateOf, startOfLocalDay, type LocalDate } from "./calendar";
import { HOUR_MS } from "./periods";
import { isPublicHoliday, type HolidayCalendar } from "./public-holidays";
import { offsetAt } from "./time-zones";

/** The start of the first hour of the zone's clock that begins after the event. */
export function startOfNextLocalHour(event: Date, timeZone: string): Date {
  const offset = offsetAt(event, timeZone);
  const localMs = event.getTime() + offset;
  const nextFullHour = Math.floor(localMs / HOUR_MS) * HOUR_MS + HOUR_MS;
  return new Date(nextFullHour - offset);
}

export function endOfHoursPeriod(event: Date, amount: number, timeZone: string): Date {
  return new Date(startOfNextLocalHour(event, timeZone).getTime() + amount * HOUR_MS);
}

function endOfLastDay(lastDay: LocalDate, timeZone: string): Date {
  return startOfLocalDay(addLocalDays(lastDay, 1), timeZone);
}

/** Art. 2(2): working days are all days other than public holidays, Sundays and Saturdays. */
function isWorkingDay(date: LocalDate, holidays: HolidayCalendar | null): boolean {
  return !isWeekend(date) && !(holidays && isPublicHoliday(date, holidays));
}

function nextWorkingDay(date: LocalDate, holidays: HolidayCalendar | null): LocalDate {
  let day = date;
  while (!isWorkingDay(day, holidays)) day = addLocalDays(day, 1);
  return day;
}

function sameDay(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Working days from the day after the event to the last day, both included. */
function workingDaysWithin(eventDay: LocalDate, lastDay: LocalDate, holidays: HolidayCalendar | null): number {
  let count = 0;
  let day = eventDay;
  do {
    day = addLocalDays(day, 1);
    if (isWorkingDay(day, holidays)) count++;
  } while (!sameDay(day, lastDay));
  return count;
}

export function endOfDaysPeriod(event: Date, amount: number, timeZone: string, holidays: HolidayCalendar | null = null): Date {
  if (!Number.isInteger(amount) || amount < 1) throw new RangeError("a period in days is a whole number >= 1");
  const eventDay = localDateOf(event, timeZone);
  let lastDay = nextWorkingDay(addLocalDays(eventDay, amount), holidays);
  if (amount >= 2) {
    while (workingDaysWithin(eventDay, lastDay, holidays) < 2) lastDay = nextWorkingDay(addLocalDays(lastDay, 1), holidays);
  }
  return endOfLastDay(lastDay, timeZone);
}

export function endOfMonthsPeriod(event: Date, amount: number, timeZone: string, holidays: HolidayCalendar | null = null): Date {
  const lastDay = nextWorkingDay(addLocalMonths(localDateOf(event, timeZone), amount), holidays);
  return endOfLastDay(lastDay, timeZone);
}
