/** iCalendar documents of deadlines and the dashboard's day columns. Pure: no clock, no I/O. */
export { buildCalendar } from "./build-calendar";
export type { CalendarEvent } from "./build-calendar";
export { countdownText } from "./countdown-text";
export { escapeText, foldLine, triggerBefore, utcDateTime } from "./ics-text";
export { buildTimeline } from "./timeline";
