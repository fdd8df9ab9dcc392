import { formatLocalIso } from "./format-time";
import { parseTimeInZone } from "./parse-time";

/*
 * A datetime-local input shows wall time without a zone. The practice's zone gives it one: the value is read
 * as local time there (refusing the hour a DST change skips or repeats) and sent as ISO 8601 with its offset.
 * Here, not in components/, because the forms and the server actions that read their times both use it.
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
