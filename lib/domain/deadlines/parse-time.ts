/**
 * Reading a time a person typed. With an offset ("Z", "+02:00") the instant is exact. Without one it is the
 * local wall time in the given zone, and a wall time that a DST change makes ambiguous (shown twice) or
 * non-existent (skipped) is refused: guessing would move a legal deadline by an hour.
 */
import { instantsShowing, validTimeZone, wallMs, wallFromMs, type WallTime } from "./time-zones";

export type TimeRefusal =
  | { ok: false; reason: "malformed"; message: string }
  | { ok: false; reason: "unknown-zone"; message: string }
  | { ok: false; reason: "ambiguous"; message: string; candidates: [Date, Date] }
  | { ok: false; reason: "non-existent"; message: string };

export type ParsedTime = { ok: true; instant: Date; timeZone: string; hadOffset: boolean } | TimeRefusal;

const ISO_8601 = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function parseOffset(text: string): number | undefined {
  if (text.toUpperCase() === "Z") return 0;
  const sign = text.startsWith("-") ? -1 : 1;
  const digits = text.slice(1).replace(":", "");
  const offsetHours = Number(digits.slice(0, 2));
  const offsetMinutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
  if (offsetHours > 23 || offsetMinutes > 59) return undefined;
  return sign * (offsetHours * 60 + offsetMinutes) * 60_000;
}

function sameFields(a: WallTime, b: WallTime): boolean {
  return a.year === b.year && a.month === b.month && a.day === b.day && a.hour === b.hour && a.minute === b.minute;
}

export function parseTimeInZone(text: string, timeZoneName: string): ParsedTime {
  const timeZone = validTimeZone(timeZoneName);
  if (!timeZone) {
    return { ok: false, reason: "unknown-zone", message: `'${timeZoneName}' is not an IANA time zone (e.g. Europe/Paris)` };
  }
  const match = ISO_8601.exec(text.trim());
  if (!match) {
    return {
      ok: false,
      reason: "malformed",
      message: `'${text}' is not an ISO 8601 date and time (e.g. 2026-03-27T23:30 or 2026-03-27T23:30+01:00)`,
    };
  }
  const [, year, month, day, hour, minute, second, fraction, offsetText] = match;
  const wall: WallTime = {
    year: Number(year),
    month: Number(month),
    day: Number(day),
    hour: Number(hour),
    minute: Number(minute),
    second: Number(second ?? 0),
    millisecond: Math.floor(Number(`0.${fraction ?? "0"}`) * 1000),
  };
  // Reject 2026-02-30, 25:00 and the like by checking the fields survive a round trip.
  if (wall.second > 59 || !sameFields(wallFromMs(wallMs(wall)), wall)) {
    return { ok: false, reason: "malformed", message: `'${text}' is not a valid date and time` };
  }
  if (offsetText !== undefined) {
    const offset = parseOffset(offsetText);
    if (offset === undefined) return { ok: false, reason: "malformed", message: `'${offsetText}' is not a valid UTC offset` };
    return { ok: true, instant: new Date(wallMs(wall) - offset), timeZone, hadOffset: true };
  }
  const instants = instantsShowing(wall, timeZone);
  const [first, second_] = instants;
  if (!first) {
    return {
      ok: false,
      reason: "non-existent",
      message: `'${text}' does not exist in ${timeZone}: the clocks skipped it (daylight saving time began); give an offset`,
    };
  }
  if (second_) {
    return {
      ok: false,
      reason: "ambiguous",
      message: `'${text}' happened twice in ${timeZone} (daylight saving time ended); give an offset to say which`,
      candidates: [first, second_],
    };
  }
  return { ok: true, instant: first, timeZone, hadOffset: false };
}
