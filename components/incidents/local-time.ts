import { formatForPeople, formatLocalIso, zoneAbbreviation } from "@/lib/domain/deadlines";
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

/**
 * "Europe/Paris (CET, UTC+01:00)": the zone the form's times are read in, by name, its short name in the reader's
 * language ("SEČ" in Czech, "MEZ" in German); where the language has none but an offset, only the offset.
 */
export function describeZone(timeZone: string, at: Date, locale = "en"): string {
  const offset = `UTC${formatLocalIso(at, timeZone).slice(19)}`;
  if (locale === "en") return `${timeZone} (${zoneAbbreviation(at, timeZone)}, ${offset})`;
  const short = formatterOf(locale, timeZone, "zone")
    .formatToParts(at)
    .find((part) => part.type === "timeZoneName")?.value;
  return !short || /^(UTC|GMT)/.test(short) ? `${timeZone} (${offset})` : `${timeZone} (${short}, ${offset})`;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterOf(locale: string, timeZone: string, kind: "when" | "time" | "zone"): Intl.DateTimeFormat {
  const key = `${locale}|${timeZone}|${kind}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    const options: Intl.DateTimeFormatOptions =
      kind === "when"
        ? { day: "numeric", month: "long", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }
        : kind === "time"
          ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone }
          : { timeZone, timeZoneName: "short" };
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

/**
 * The zone's short name in the reader's language where it has a letter abbreviation of its own ("SELČ",
 * "MESZ"), else the English one ("CEST", or the offset): the zone is always named (docs/I18N.md).
 */
export function zoneNameIn(instant: Date, timeZone: string, locale: string): string {
  if (locale !== "en") {
    const own = formatterOf(locale, timeZone, "zone")
      .formatToParts(instant)
      .find((part) => part.type === "timeZoneName")?.value;
    if (own && /^\p{L}+$/u.test(own)) return own;
  }
  return zoneAbbreviation(instant, timeZone);
}

/**
 * An instant for people in their language, on the given zone's clock with the zone named: "31 Mar 2026, 00:30
 * CEST" (English, as lib/domain/deadlines writes it), "31. března 2026 v 00:30 SELČ", "31 mars 2026 à 00:30 CEST".
 */
export function formatWhen(instant: Date, timeZone: string, locale: string): string {
  const key = `${instant.getTime()}|${timeZone}|${locale}`;
  let text = written.get(key);
  if (text === undefined) {
    text =
      locale === "en"
        ? formatForPeople(instant, timeZone)
        : `${formatterOf(locale, timeZone, "when").format(instant)} ${zoneNameIn(instant, timeZone, locale)}`;
    if (written.size >= 20_000) written.clear();
    written.set(key, text);
  }
  return text;
}
// The dashboard and the register write the same few hundred due instants on every load: kept, bounded.
const written = new Map<string, string>();

/** A time of day in the reader's language with its zone: "10:42 CET", "10:42 SEČ". */
export function formatTimeOfDay(instant: Date, timeZone: string, locale: string): string {
  if (locale === "en") return timeOfDayWithZone(instant, timeZone);
  return `${formatterOf(locale, timeZone, "time").format(instant)} ${zoneNameIn(instant, timeZone, locale)}`;
}
