import { formatLocalIso, parseTimeInZone, zoneAbbreviation } from "@/lib/domain/deadlines";
import { wallTimeAt } from "@/lib/domain/deadlines/time-zones";

/*
 * A datetime-local input shows wall time without a zone. The practice's zone gives it one: the value is read
 * as local time there (refusing the hour a DST change skips or repeats) and sent as ISO 8601 with its offset.
 */

export type LocalTimeResult = { ok: true; iso: string | null } | { ok: false; problem: string };

/** "2026-03-27T23:30" in Europe/Paris → "2026-03-27T23:30:00+01:00"; "" → null. */
export function localInputToIso(value: string | null | undefined, timeZone: string): LocalTimeResult {
  const text = (value ?? "").trim();
  if (!text) return { ok: true, iso: null };
  const parsed = parseTimeInZone(text, timeZone);
  if (parsed.ok) return { ok: true, iso: formatLocalIso(parsed.instant, timeZone) };
  switch (parsed.reason) {
    case "ambiguous":
      return {
        ok: false,
        problem:
          `happened twice in ${timeZone} (the clocks went back that night): choose a time outside that hour, or ` +
          `a minute before or after it`,
      };
    case "non-existent":
      return { ok: false, problem: `does not exist in ${timeZone} (the clocks went forward that night): choose a time outside that hour` };
    case "unknown-zone":
      return { ok: false, problem: `cannot be read: ${timeZone} is not a known time zone` };
    default:
      return { ok: false, problem: "is not a valid date and time" };
  }
}

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
