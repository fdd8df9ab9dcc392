import { formatLocalIso, zoneAbbreviation } from "@/lib/domain/deadlines";
import { wallTimeAt } from "@/lib/domain/deadlines/time-zones";

/*
 * A datetime-local input shows wall time without a zone. The practice's zone gives it one: the value is read
 * as local time there (refusing the hour a DST change skips or repeats) and sent as ISO 8601 with its offset.
 */

export { localInputToIso } from "@/lib/domain/deadlines/local-input";

const pad = (value: number) => String(value).padStart(2, "0");

/** An instant as the value of a datetime-local input in the zone: "2026-03-27T23:30". */
export function isoToLocalInput(iso: string | null | undefined, timeZone: string): string {
  if (!iso) return "";
  const instant = new Date(iso);
  if (Number.isNaN(instant.getTime())) return "";
  const wall = wallTimeAt(instant, timeZone);
  return `${wall.year}-${pad(wall.month)}-${pad(wall.day)}T${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** "10:42 CET": a time of day with its zone, for "Draft saved 10:42 CET". */
export function timeOfDayWithZone(instant: Date, timeZone: string): string {
  const wall = wallTimeAt(instant, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)} ${zoneAbbreviation(instant, timeZone)}`;
}

/** "Europe/Paris (CET, UTC+01:00)": the zone the form's times are read in, by name. */
export function describeZone(timeZone: string, at: Date): string {
  const offset = formatLocalIso(at, timeZone).slice(19);
  return `${timeZone} (${zoneAbbreviation(at, timeZone)}, UTC${offset})`;
}
