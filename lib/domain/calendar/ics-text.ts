/**
 * The text rules of iCalendar (RFC 5545 section 3.1 and 3.3.11): escaping of TEXT values, folding of long
 * lines at 75 octets, and UTC DATE-TIME values. Pure.
 */

/** TEXT values: backslash, semicolon and comma are escaped; any line break becomes the two characters "\n". */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\r\n|\r|\n/g, "\\n");
}

const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/**
 * Splits a content line into lines of at most 75 octets (UTF-8), each continuation starting with one space
 * (which counts toward its 75). A multi-octet character is never cut in two, so every line stays valid UTF-8.
 */
export function foldLine(line: string): string {
  if (encoder.encode(line).length <= MAX_OCTETS) return line;
  const lines: string[] = [];
  let current = "";
  let currentOctets = 0;
  let limit = MAX_OCTETS;
  for (const character of line) {
    const octets = encoder.encode(character).length;
    if (currentOctets + octets > limit) {
      lines.push(current);
      current = " ";
      currentOctets = 1;
      limit = MAX_OCTETS;
    }
    current += character;
    currentOctets += octets;
  }
  lines.push(current);
  return lines.join("\r\n");
}

const pad = (value: number, width = 2) => String(value).padStart(width, "0");

/** A DATE-TIME in UTC ("form #2"): 20260331T003000Z. Seconds are kept; milliseconds are dropped. */
export function utcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** A DURATION for an alarm trigger before the start: -PT48H, -PT90M, PT0S. */
export function triggerBefore(ms: number): string {
  if (ms === 0) return "PT0S";
  const sign = ms > 0 ? "-" : "";
  const minutes = Math.round(Math.abs(ms) / 60_000);
  return minutes % 60 === 0 ? `${sign}PT${minutes / 60}H` : `${sign}PT${minutes}M`;
}
