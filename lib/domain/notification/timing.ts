import type { Filing, NotificationInput } from "./types";

/*
 * Art. 33(1): notify within 72 hours of awareness, and give the reasons when later. The conservative
 * deadline (awareness + 72 h of elapsed time) is the one Breachdesk holds the practice to.
 */
const NOTIFICATION_PERIOD_MS = 72 * 60 * 60 * 1000;

export function notificationDeadline(awareAt: string): string {
  return new Date(new Date(awareAt).getTime() + NOTIFICATION_PERIOD_MS).toISOString();
}

export function earliestFiling(filings: readonly Filing[] | null | undefined): Filing | null {
  const sorted = [...(filings ?? [])].sort((a, b) => Date.parse(a.filedAt) - Date.parse(b.filedAt));
  return sorted[0] ?? null;
}

export interface Lateness {
  late: boolean;
  deadline: string;
  /** The instant lateness was judged at: the first filing, or `now` while nothing has been filed. */
  judgedAt: string | null;
}

/**
 * The first notification is what counts: follow-ups (Art. 33(4)) come later by design. Without a filing and
 * without `now`, nothing can be judged yet and the notification is not called late.
 */
export function notificationLateness(input: NotificationInput, now?: string | Date): Lateness {
  const deadline = notificationDeadline(input.incident.awareAt);
  const first = earliestFiling(input.filings);
  const judgedAt = first?.filedAt ?? (now === undefined ? null : new Date(now).toISOString());
  const late = judgedAt !== null && Date.parse(judgedAt) > Date.parse(deadline);
  return { late, deadline, judgedAt };
}
