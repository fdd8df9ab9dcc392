/**
 * An iCalendar document (RFC 5545) of deadlines: one VEVENT per deadline, times in UTC, a display alarm
 * at each reminder point. Calendar programs show the instants in the reader's own zone, so UTC is exact.
 */
import { escapeText, foldLine, triggerBefore, utcDateTime } from "./ics-text";

export interface CalendarAlarm {
  /** How long before the event the alarm rings, in milliseconds (0: at the event). */
  beforeMs: number;
  description: string;
}

export interface CalendarEvent {
  /** Globally unique and stable, so a re-import updates the event instead of adding a copy. */
  uid: string;
  start: Date;
  /** Defaults to the start: a deadline is an instant. */
  end?: Date;
  summary: string;
  description?: string;
  url?: string;
  /** When this version of the event was made; also written as LAST-MODIFIED. */
  stamp: Date;
  alarms?: readonly CalendarAlarm[];
}

export interface CalendarDocument {
  /** PRODID, e.g. "-//Breachdesk//Deadlines//EN". */
  productId: string;
  /** Shown by calendar programs as the calendar's name (X-WR-CALNAME). */
  name: string;
  events: readonly CalendarEvent[];
}

function eventLines(event: CalendarEvent): string[] {
  const lines = [
    "BEGIN:VEVENT",
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `LAST-MODIFIED:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end ?? event.start)}`,
    `SUMMARY:${escapeText(event.summary)}`,
    "TRANSP:TRANSPARENT",
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  // A URI value is not TEXT: it is written as is (RFC 5545 3.3.13), only folded.
  if (event.url) lines.push(`URL:${event.url}`);
  for (const alarm of event.alarms ?? []) {
    lines.push(
      "BEGIN:VALARM",
      "ACTION:DISPLAY",
      `DESCRIPTION:${escapeText(alarm.description)}`,
      `TRIGGER:${triggerBefore(alarm.beforeMs)}`,
      "END:VALARM",
    );
  }
  lines.push("END:VEVENT");
  return lines;
}

/** The whole document, lines folded and ended with CRLF as RFC 5545 requires. */
export function buildCalendar(document: CalendarDocument): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:${document.productId}`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    `X-WR-CALNAME:${escapeText(document.name)}`,
    ...document.events.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join("\r\n") + "\r\n";
}
