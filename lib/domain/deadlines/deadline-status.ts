/** Where a deadline stands at a given moment, for the dashboard and reminders. */
import { DAY_MS, HOUR_MS, MINUTE_MS } from "./periods";

export type DeadlineStatus = "overdue" | "due soon" | "open";

export const DEFAULT_DUE_SOON_WITHIN_MS = 24 * HOUR_MS;

export interface StandingOfDeadline {
  status: DeadlineStatus;
  /** due - now in milliseconds: negative once overdue. */
  remainingMs: number;
  /** "due in 5 h 12 min", "overdue by 2 d 3 h", "due now". */
  inWords: string;
}

/** A duration in the two largest units, rounded down: "2 d 3 h", "5 h 12 min", "7 min", "less than a minute". */
export function durationInWords(ms: number): string {
  const duration = Math.abs(ms);
  if (duration < MINUTE_MS) return "less than a minute";
  const wholeDays = Math.floor(duration / DAY_MS);
  const wholeHours = Math.floor((duration % DAY_MS) / HOUR_MS);
  const wholeMinutes = Math.floor((duration % HOUR_MS) / MINUTE_MS);
  if (wholeDays > 0) return wholeHours > 0 ? `${wholeDays} d ${wholeHours} h` : `${wholeDays} d`;
  if (wholeHours > 0) return wholeMinutes > 0 ? `${wholeHours} h ${wholeMinutes} min` : `${wholeHours} h`;
  return `${wholeMinutes} min`;
}

/**
 * Overdue strictly after the due instant (filing at the instant itself is on time); due soon within the
 * window before it (default 24 h); open before that.
 */
export function standingAt(due: Date, now: Date, dueSoonWithinMs = DEFAULT_DUE_SOON_WITHIN_MS): StandingOfDeadline {
  const remainingMs = due.getTime() - now.getTime();
  if (remainingMs < 0) return { status: "overdue", remainingMs, inWords: `overdue by ${durationInWords(remainingMs)}` };
  const status: DeadlineStatus = remainingMs <= dueSoonWithinMs ? "due soon" : "open";
  return { status, remainingMs, inWords: remainingMs === 0 ? "due now" : `due in ${durationInWords(remainingMs)}` };
}

/** The standing of every deadline in a list, keeping each deadline's own fields. */
export function standingOfDeadlines<T extends { due: Date }>(
  deadlines: readonly T[],
  now: Date,
  dueSoonWithinMs = DEFAULT_DUE_SOON_WITHIN_MS,
): (T & StandingOfDeadline)[] {
  return deadlines.map((deadline) => ({ ...deadline, ...standingAt(deadline.due, now, dueSoonWithinMs) }));
}
