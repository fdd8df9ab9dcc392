/** Showing instants to people and to machines, always with the zone. */
import { offsetAt, wallTimeAt } from "./time-zones";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

const zoneNameFormatters = new Map<string, Intl.DateTimeFormat>();

function zoneNameIn(locale: string, instant: Date, timeZone: string): string {
  const key = `${locale}|${timeZone}`;
  let formatter = zoneNameFormatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: "short" });
    zoneNameFormatters.set(key, formatter);
  }
  return formatter.formatToParts(instant).find((part) => part.type === "timeZoneName")?.value ?? "";
}

const OFFSET_NAME = /^(?:GMT|UTC)[+-]/;

/**
 * The zone's short name at the instant: a letter abbreviation where the locale data has one ("CEST", "BST",
 * "EDT", "UTC"), otherwise the offset ("GMT+5:30").
 */
export function zoneAbbreviation(instant: Date, timeZone: string): string {
  const british = zoneNameIn("en-GB", instant, timeZone);
  if (british && !OFFSET_NAME.test(british)) return british;
  const american = zoneNameIn("en-US", instant, timeZone);
  if (american && !OFFSET_NAME.test(american)) return american;
  return british || american || formatOffset(offsetAt(instant, timeZone));
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** "+02:00", "-03:30", "+00:00". */
export function formatOffset(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : "+";
  const totalMinutes = Math.round(Math.abs(offsetMs) / 60_000);
  return `${sign}${pad(Math.floor(totalMinutes / 60))}:${pad(totalMinutes % 60)}`;
}

/** For people: "31 Mar 2026, 00:30 CEST". */
export function formatForPeople(instant: Date, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  const month = MONTHS[wall.month - 1] ?? "?";
  return `${wall.day} ${month} ${wall.year}, ${pad(wall.hour)}:${pad(wall.minute)} ${zoneAbbreviation(instant, timeZone)}`;
}

/** For machines: ISO 8601 local time with the zone's offset, to the second: "2026-03-31T00:30:00+02:00". */
export function formatLocalIso(instant: Date, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  const date = `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
  const time = `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`;
  return `${date}T${time}${formatOffset(offsetAt(instant, timeZone))}`;
}
