/**
 * When to remind people of a deadline. Each reminder has a stable key made of the incident, the obligation
 * and the reminder's offset from the deadline, so the outbox can refuse to queue the same reminder twice even
 * when the schedule is recomputed (e.g. "incident:abc:gdpr:notify-authority:-24h").
 */
import { HOUR_MS, MINUTE_MS } from "./periods";

export interface ReminderPolicy {
  /** How long before the deadline to remind, in milliseconds. Default 48 h, 24 h, 6 h. */
  before: readonly number[];
  /** Remind at the deadline itself. Default true. */
  atDeadline: boolean;
  /** While overdue, remind this often (default 24 h) ... */
  overdueEvery: number;
  /** ... this many times at most (default 7). 0 turns overdue reminders off. */
  overdueAtMost: number;
}

export const DEFAULT_REMINDER_POLICY: ReminderPolicy = {
  before: [48 * HOUR_MS, 24 * HOUR_MS, 6 * HOUR_MS],
  atDeadline: true,
  overdueEvery: 24 * HOUR_MS,
  overdueAtMost: 7,
};

export interface Reminder {
  at: Date;
  key: string;
  /** Milliseconds from the deadline: negative before it, 0 at it, positive while overdue. */
  offsetMs: number;
}

/** "-48h", "-90min", "0h", "+24h". */
export function offsetLabel(offsetMs: number): string {
  const sign = offsetMs < 0 ? "-" : offsetMs > 0 ? "+" : "";
  const size = Math.abs(offsetMs);
  if (size % HOUR_MS === 0) return `${sign}${size / HOUR_MS}h`;
  if (size % MINUTE_MS === 0) return `${sign}${size / MINUTE_MS}min`;
  return `${sign}${size}ms`;
}

export function reminderKey(incidentId: string, regime: string, obligation: string, offsetMs: number): string {
  return `incident:${incidentId}:${regime}:${obligation}:${offsetLabel(offsetMs)}`;
}

/** Every reminder for one deadline, in time order. Pure: the caller drops those already in the past. */
export function reminderSchedule(
  deadline: { incidentId: string; regime: string; obligation: string; due: Date },
  policy: Partial<ReminderPolicy> = {},
): Reminder[] {
  const { before, atDeadline, overdueEvery, overdueAtMost } = { ...DEFAULT_REMINDER_POLICY, ...policy };
  const offsets = new Set<number>();
  for (const ahead of before) if (ahead > 0) offsets.add(-ahead);
  if (atDeadline) offsets.add(0);
  if (overdueEvery > 0) for (let n = 1; n <= overdueAtMost; n++) offsets.add(n * overdueEvery);
  return [...offsets]
    .sort((a, b) => a - b)
    .map((offsetMs) => ({
      at: new Date(deadline.due.getTime() + offsetMs),
      key: reminderKey(deadline.incidentId, deadline.regime, deadline.obligation, offsetMs),
      offsetMs,
    }));
}
