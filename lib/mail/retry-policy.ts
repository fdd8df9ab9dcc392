/**
 * When a failed outbox message is tried again, and when we stop trying. Pure: the time and the random
 * source are parameters, so the schedule can be tested exactly.
 */
export interface RetryPolicy {
  /** Delay before the first retry; doubled after every further failure. */
  baseDelayMs: number;
  /** Upper bound of one delay, so a long outage does not push retries out for days. */
  maxDelayMs: number;
  /** After this many failed attempts the message is dead: kept with its last error, never tried again. */
  maxAttempts: number;
}

export const defaultRetryPolicy: RetryPolicy = { baseDelayMs: 60_000, maxDelayMs: 3_600_000, maxAttempts: 8 };

export type NextStep = { status: "failed"; availableAt: Date } | { status: "dead" };

/**
 * `attemptsSoFar` counts the failure just seen. Exponential backoff with "equal jitter": half of the delay
 * is fixed and half random, so many messages failing together (an SMTP outage) do not retry in lockstep,
 * and no retry comes sooner than half the nominal delay.
 */
export function nextStepAfterFailure(attemptsSoFar: number, now: Date, policy: RetryPolicy, random: () => number = Math.random): NextStep {
  if (attemptsSoFar >= policy.maxAttempts) return { status: "dead" };
  const exponent = Math.max(0, attemptsSoFar - 1);
  const nominal = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent);
  const delay = nominal / 2 + random() * (nominal / 2);
  return { status: "failed", availableAt: new Date(now.getTime() + Math.round(delay)) };
}
