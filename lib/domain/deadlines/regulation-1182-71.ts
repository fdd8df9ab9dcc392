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
 * if that day is a Saturday or Sunday the period ends at the end of the next working day; a period of two
 * days or more contains at least two working days. Public holidays (Art. 3(4)) also extend a period, but
 * they differ per Member State and year and are not known here: a period ending on a holiday is shown
 * one working day too early, never too late.
 */
import {
  addLocalDays,
  addLocalMonths,
  isWeekend,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
} from "./calendar";
import { HOUR_MS } from "./periods";
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

function nextWorkingDay(date: LocalDate): LocalDate {
  let day = date;
  while (isWeekend(day)) day = addLocalDays(day, 1);
  return day;
}

function sameDay(a: LocalDate, b: LocalDate): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day;
}

/** Working days (Monday to Friday) from the day after the event to the last day, both included. */
function workingDaysWithin(eventDay: LocalDate, lastDay: LocalDate): number {
  let count = 0;
  let day = eventDay;
  do {
    day = addLocalDays(day, 1);
    if (!isWeekend(day)) count++;
  } while (!sameDay(day, lastDay));
  return count;
}

export function endOfDaysPeriod(event: Date, amount: number, timeZone: string): Date {
  if (!Number.isInteger(amount) || amount < 1) throw new RangeError("a period in days is a whole number >= 1");
  const eventDay = localDateOf(event, timeZone);
  let lastDay = nextWorkingDay(addLocalDays(eventDay, amount));
  if (amount >= 2) {
    while (workingDaysWithin(eventDay, lastDay) < 2) lastDay = nextWorkingDay(addLocalDays(lastDay, 1));
  }
  return endOfLastDay(lastDay, timeZone);
}

export function endOfMonthsPeriod(event: Date, amount: number, timeZone: string): Date {
  const lastDay = nextWorkingDay(addLocalMonths(localDateOf(event, timeZone), amount));
  return endOfLastDay(lastDay, timeZone);
}
