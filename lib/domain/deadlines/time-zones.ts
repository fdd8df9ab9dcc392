/**
 * Offsets of IANA time zones and the translation of local wall time into instants, using only Intl.
 * A local wall time is represented as "wall milliseconds": the UTC timestamp that would show the same
 * fields on a UTC clock.
 */

export interface WallTime {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const IANA_NAME = /^(?:UTC|GMT|[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+)*)$/;

let canonicalNames: Map<string, string> | undefined;

function canonicalName(name: string): string {
  if (!canonicalNames) {
    canonicalNames = new Map(Intl.supportedValuesOf("timeZone").map((zone) => [zone.toLowerCase(), zone]));
  }
  return canonicalNames.get(name.toLowerCase()) ?? name;
}

/**
 * The zone's IANA name with its usual capitalisation, or undefined when it is not a zone this runtime knows.
 * Offsets ("+02:00") and abbreviations the runtime rejects ("CEST") are not IANA names.
 */
export function validTimeZone(name: string): string | undefined {
  const trimmed = name.trim();
  if (!IANA_NAME.test(trimmed)) return undefined;
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: trimmed });
  } catch {
    return undefined;
  }
  return canonicalName(trimmed);
}

export function isValidTimeZone(name: string): boolean {
  return validTimeZone(name) !== undefined;
}

const wallFormatters = new Map<string, Intl.DateTimeFormat>();

function wallFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = wallFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    wallFormatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall milliseconds of fields read on a UTC clock (works for years below 100 too). */
export function wallMs(wall: WallTime): number {
  const date = new Date(0);
  date.setUTCFullYear(wall.year, wall.month - 1, wall.day);
  date.setUTCHours(wall.hour, wall.minute, wall.second, wall.millisecond);
  return date.getTime();
}

export function wallFromMs(ms: number): WallTime {
  const date = new Date(ms);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
    millisecond: date.getUTCMilliseconds(),
  };
}

/** What a clock in the zone shows at the instant. */
export function wallTimeAt(instant: Date, timeZone: string): WallTime {
  const fields: Record<string, number> = {};
  for (const part of wallFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== "literal") fields[part.type] = Number(part.value);
  }
  return {
    year: fields.year ?? NaN,
    month: fields.month ?? NaN,
    day: fields.day ?? NaN,
    hour: fields.hour ?? NaN,
    minute: fields.minute ?? NaN,
    second: fields.second ?? NaN,
    millisecond: instant.getUTCMilliseconds(),
  };
}

/** The zone's offset from UTC at the instant, in milliseconds (east positive: Paris in summer = +7_200_000). */
export function offsetAt(instant: Date, timeZone: string): number {
  return wallMs(wallTimeAt(instant, timeZone)) - instant.getTime();
}

/**
 * Every instant at which a clock in the zone shows the wall time: one normally, two in a fall-back overlap
 * (earlier first), none in a spring-forward gap.
 */
export function instantsShowing(wall: WallTime, timeZone: string): Date[] {
  const target = wallMs(wall);
  const offsets = new Set([target - 86_400_000, target, target + 86_400_000].map((probe) => offsetAt(new Date(probe), timeZone)));
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = target - offset;
    if (offsetAt(new Date(candidate), timeZone) === offset) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b).map((ms) => new Date(ms));
}

/**
 * One instant for a wall time, used by calendar arithmetic (never for user input, which is refused instead):
 * in an overlap the earlier instant; in a gap the instant the clock jumped over the wall time.
 */
export function instantForWallTime(wall: WallTime, timeZone: string): Date {
  const found = instantsShowing(wall, timeZone);
  if (found[0]) return found[0];
  const target = wallMs(wall);
  const before = offsetAt(new Date(target - 86_400_000), timeZone);
  const after = offsetAt(new Date(target + 86_400_000), timeZone);
  // Before the jump the clock read less than the target, after it more: search for the jump.
  let low = target - Math.max(before, after);
  let high = target - Math.min(before, after);
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    if (wallMs(wallTimeAt(new Date(middle), timeZone)) < target) low = middle;
    else high = middle;
  }
  return new Date(high);
}
