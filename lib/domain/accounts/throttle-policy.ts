/*
 * Guessing protection. A few mistakes are free; after that every failure doubles the wait before the
 * next attempt, up to a temporary lock. Counted per account and per IP address, so neither a single
 * target nor a single source can be ground down. The same rule applies to e-mails that have no account,
 * so the answer never tells whether an account exists.
 */
export interface ThrottlePolicy {
  freeFailures: number;
  firstDelaySeconds: number;
  lockSeconds: number;
  /** Failures older than this no longer count. */
  forgetAfterSeconds: number;
}

export const ACCOUNT_THROTTLE: ThrottlePolicy = {
  freeFailures: 5,
  firstDelaySeconds: 2,
  lockSeconds: 15 * 60,
  forgetAfterSeconds: 24 * 3600,
};

/** A practice's staff share one IP address behind their router: allow more before slowing down. */
export const IP_THROTTLE: ThrottlePolicy = {
  freeFailures: 20,
  firstDelaySeconds: 2,
  lockSeconds: 15 * 60,
  forgetAfterSeconds: 3600,
};

export interface ThrottleState {
  failures: number;
  lockedUntil: Date | null;
  lastFailure: Date | null;
}

/** Seconds the caller must still wait, or 0. */
export function secondsToWait(state: ThrottleState | null, now: Date): number {
  if (!state?.lockedUntil) return 0;
  return Math.max(0, Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 1000));
}

/** The state once one counted attempt is given back: a delay it started is lifted when it was the only cause. */
export function afterRefund(state: ThrottleState, policy: ThrottlePolicy): ThrottleState {
  const failures = Math.max(0, state.failures - 1);
  return { failures, lockedUntil: failures <= policy.freeFailures ? null : state.lockedUntil, lastFailure: state.lastFailure };
}

/** The state after one more failure. */
export function afterFailure(state: ThrottleState | null, now: Date, policy: ThrottlePolicy): ThrottleState {
  const stale = !state?.lastFailure || now.getTime() - state.lastFailure.getTime() > policy.forgetAfterSeconds * 1000;
  const failures = (stale ? 0 : state!.failures) + 1;
  const beyond = failures - policy.freeFailures;
  if (beyond <= 0) return { failures, lockedUntil: null, lastFailure: now };
  const delay = Math.min(policy.lockSeconds, policy.firstDelaySeconds * 2 ** (beyond - 1));
  return { failures, lockedUntil: new Date(now.getTime() + delay * 1000), lastFailure: now };
}
