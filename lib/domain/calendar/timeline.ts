/**
 * The coming days as columns: which deadline falls on which local day. Days are counted on one zone's
 * calendar (the viewer's practice), and each deadline's time is shown on its own incident's clock, zone
 * named, so "00:30 CEST" never passes for "23:30 BST".
 */
import { formatForPeople, zoneAbbreviation } from "@/lib/domain/deadlines";
import { addLocalDays, localDateOf, startOfLocalDay, weekdayOf, type LocalDate } from "@/lib/domain/deadlines/calendar";
import { wallTimeAt } from "@/lib/domain/deadlines/time-zones";

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export interface TimelineEntry<T> {
  item: T;
  /** "00:30 CEST" on the incident's clock. */
  time: string;
  /** The whole instant, for assistive technology and tooltips: "31 Mar 2026, 00:30 CEST". */
  full: string;
}

export interface TimelineDay<T> {
  /** "Tue 31 Mar". */
  label: string;
  /** ISO date of the local day, e.g. "2026-03-31". */
  date: string;
  isToday: boolean;
  entries: TimelineEntry<T>[];
}

export interface Timeline<T> {
  timeZone: string;
  /** The zone's abbreviation at the start, for the heading: "CET". */
  zoneName: string;
  days: TimelineDay<T>[];
  /** Due before today began on the timeline's calendar. */
  earlier: TimelineEntry<T>[];
}

const pad = (value: number) => String(value).padStart(2, "0");
const isoDate = (date: LocalDate) => `${date.year}-${pad(date.month)}-${pad(date.day)}`;

/*
 * The same instants are written on every load of a dashboard (a week of a thousand practices' deadlines), and
 * each writing asks Intl for the wall time and the zone's name: kept, bounded, emptied when full.
 */
const written = new Map<string, { time: string; full: string }>();

function entryOf<T extends { due: Date; timeZone: string }>(item: T): TimelineEntry<T> {
  const key = `${item.due.getTime()}|${item.timeZone}`;
  let words = written.get(key);
  if (words === undefined) {
    if (written.size >= 20_000) written.clear();
    const wall = wallTimeAt(item.due, item.timeZone);
    words = {
      time: `${pad(wall.hour)}:${pad(wall.minute)} ${zoneAbbreviation(item.due, item.timeZone)}`,
      full: formatForPeople(item.due, item.timeZone),
    };
    written.set(key, words);
  }
  return { item, ...words };
}

/**
 * The instants the timeline's days cover, on that zone's calendar: from the start of today to the start of the
 * day after the last. A deadline before `from` is one of the timeline's `earlier`; one from `until` on is not on it.
 */
export function timelineWindow(now: Date, timeZone: string, dayCount = 7): { from: Date; until: Date } {
  const today = localDateOf(now, timeZone);
  return { from: startOfLocalDay(today, timeZone), until: startOfLocalDay(addLocalDays(today, dayCount), timeZone) };
}

/** The zone most of these deadlines are counted in (of equally many, the first met): the timeline's days follow it. */
export function timelineZone(zones: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const zone of zones) counts.set(zone, (counts.get(zone) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "UTC";
}

export function buildTimeline<T extends { due: Date; timeZone: string }>(
  items: readonly T[],
  now: Date,
  timeZone: string,
  dayCount = 7,
): Timeline<T> {
  const today = localDateOf(now, timeZone);
  const dates = Array.from({ length: dayCount + 1 }, (_, index) => addLocalDays(today, index));
  const starts = dates.map((date) => startOfLocalDay(date, timeZone).getTime());
  const days: TimelineDay<T>[] = dates.slice(0, dayCount).map((date, index) => ({
    label: `${WEEKDAYS[weekdayOf(date)]} ${date.day} ${MONTHS[date.month - 1]}`,
    date: isoDate(date),
    isToday: index === 0,
    entries: [],
  }));
  const earlier: TimelineEntry<T>[] = [];
  const sorted = [...items].sort((a, b) => a.due.getTime() - b.due.getTime());
  for (const item of sorted) {
    const time = item.due.getTime();
    if (time < starts[0]!) {
      earlier.push(entryOf(item));
      continue;
    }
    const index = starts.findIndex((start, i) => i < dayCount && time >= start && time < starts[i + 1]!);
    if (index >= 0) days[index]!.entries.push(entryOf(item));
  }
  return { timeZone, zoneName: zoneAbbreviation(now, timeZone), days, earlier };
}
