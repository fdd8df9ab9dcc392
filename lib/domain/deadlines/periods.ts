/** Lengths of time as the law states them, and the fixed units used for elapsed-time arithmetic. */

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;
export const DAY_MS = 24 * HOUR_MS;

/**
 * A period as written in the rule. Hours are elapsed time. Days and months are calendar units, counted
 * in the incident's time zone (see calendar.ts).
 */
export type Period = { unit: "hours"; amount: number } | { unit: "days"; amount: number } | { unit: "months"; amount: number };

export const hours = (amount: number): Period => ({ unit: "hours", amount });
export const days = (amount: number): Period => ({ unit: "days", amount });
export const months = (amount: number): Period => ({ unit: "months", amount });

/** "72 h", "3 days", "1 month": for help texts and tables. */
export function describePeriod(period: Period): string {
  if (period.unit === "hours") return `${period.amount} h`;
  const noun = period.unit === "days" ? "day" : "month";
  return `${period.amount} ${noun}${period.amount === 1 ? "" : "s"}`;
}
