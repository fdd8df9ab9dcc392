/**
 * Calendar arithmetic in a time zone: days and months move the local date and keep the local time of day,
 * so "60 calendar days after discovery" means the same clock time on the 60th day, whatever DST did between.
 */
import { instantForWallTime, wallFromMs, wallMs, wallTimeAt, type WallTime } from "./time-zones";

export interface LocalDate {
  year: number;
  month: number; // 1-12
  day: number;
}

function daysInMonth(year: number, month: number): number {
  const lastDay = new Date(0);
  lastDay.setUTCFullYear(year, month, 0); // day 0 of the next month
  return lastDay.getUTCDate();
}

export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const { year, month, day } = wallTimeAt(instant, timeZone);
  return { year, month, day };
}

export function addLocalDays(date: LocalDate, count: number): LocalDate {
  const moved = wallFromMs(wallMs({ ...date, hour: 12, minute: 0, second: 0, millisecond: 0 }) + count * 86_400_000);
  return { year: moved.year, month: moved.month, day: moved.day };
}

/** Same day of the month `count` months later, or the last day of that month when it has no such day. */
export function addLocalMonths(date: LocalDate, count: number): LocalDate {
  const monthIndex = date.year * 12 + (date.month - 1) + count;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** 0 Sunday ... 6 Saturday. */
export function weekdayOf(date: LocalDate): number {
  return new Date(wallMs({ ...date, hour: 12, minute: 0, second: 0, millisecond: 0 })).getUTCDay();
}

export function isWeekend(date: LocalDate): boolean {
  const weekday = weekdayOf(date);
  return weekday === 0 || weekday === 6;
}

/** The first instant of the local day (midnight, or the end of a DST gap that swallowed midnight). */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  return instantForWallTime({ ...date, hour: 0, minute: 0, second: 0, millisecond: 0 }, timeZone);
}

function withDate(wall: WallTime, date: LocalDate): WallTime {
  return { ...wall, year: date.year, month: date.month, day: date.day };
}

/** The same local clock time `count` calendar days later. */
export function addCalendarDays(instant: Date, count: number, timeZone: string): Date {
  const wall = wallTimeAt(instant, timeZone);
  return instantForWallTime(withDate(wall, addLocalDays(wall, count)), timeZone);
}

/** The same local clock time `count` months later (clamped to the month's last day). */
export function addCalendarMonths(instant: Date, count: number, timeZone: string): Date {
  const wall = wallTimeAt(instant, timeZone);
  return instantForWallTime(withDate(wall, addLocalMonths(wall, count)), timeZone);
}
