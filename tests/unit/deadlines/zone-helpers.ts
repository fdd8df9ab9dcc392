/**
 * Test-side readings of a zone's clock, written independently of lib/domain/deadlines (Intl "longOffset"),
 * so the tests do not check the implementation against itself.
 */
export const ZONES = [
  "UTC",
  "Europe/Paris",
  "Europe/Prague",
  "Europe/London",
  "Europe/Dublin",
  "Europe/Lisbon",
  "Europe/Helsinki",
  "Europe/Moscow",
  "Europe/Istanbul",
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Anchorage",
  "America/St_Johns",
  "America/Sao_Paulo",
  "America/Santiago",
  "America/Havana",
  "Pacific/Honolulu",
  "Pacific/Chatham",
  "Pacific/Auckland",
  "Pacific/Kiritimati",
  "Pacific/Apia",
  "Australia/Lord_Howe",
  "Australia/Adelaide",
  "Australia/Sydney",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Tehran",
  "Asia/Tokyo",
  "Africa/Casablanca",
  "Africa/Lagos",
] as const;

/** Offset in minutes east of UTC, read from Intl's "GMT+05:30" style name. */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const name =
    new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" })
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value ?? "";
  if (name === "GMT") return 0;
  const match = /^GMT([+-])(\d{2}):(\d{2})$/.exec(name);
  if (!match) throw new Error(`unexpected offset name ${name}`);
  const size = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -size : size;
}

/** Minutes and seconds past the hour on the zone's clock. */
export function minuteAndSecond(instant: Date, timeZone: string): [number, number] {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, minute: "numeric", second: "numeric" }).formatToParts(instant);
  const read = (type: string) => Number(parts.find((part) => part.type === type)?.value);
  return [read("minute"), read("second")];
}

export const HOUR = 3_600_000;
export const at = (iso: string) => new Date(iso);
