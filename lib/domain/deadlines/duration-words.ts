import { DAY_MS, HOUR_MS, MINUTE_MS } from "./periods";

/** Which message says a duration: its two largest units, rounded down, or less than a minute. */
export type DurationMessage = "lessThanMinute" | "days" | "daysHours" | "hours" | "hoursMinutes" | "minutes";

/**
 * A duration in words ("2 d 3 h", "5 hodin 12 minut"), its sign ignored: the numbers are counted here once, the
 * words come from the caller's messages (the incident page's and the reminder e-mail's differ).
 */
export function durationInWords(ms: number, say: (message: DurationMessage, values: Record<string, number>) => string): string {
  const duration = Math.abs(ms);
  if (duration < MINUTE_MS) return say("lessThanMinute", {});
  const days = Math.floor(duration / DAY_MS);
  const hours = Math.floor((duration % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((duration % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? say("daysHours", { days, hours }) : say("days", { days });
  if (hours > 0) return minutes > 0 ? say("hoursMinutes", { hours, minutes }) : say("hours", { hours });
  return say("minutes", { minutes });
}
