/** Session limits, configurable for practices with stricter rules. */
export function sessionPolicy(env: Record<string, string | undefined> = process.env) {
  const idleMinutes = Number(env.BREACHDESK_SESSION_IDLE_MINUTES ?? 30);
  const absoluteHours = Number(env.BREACHDESK_SESSION_MAX_HOURS ?? 12);
  return {
    idleMs: (Number.isFinite(idleMinutes) && idleMinutes > 0 ? idleMinutes : 30) * 60_000,
    absoluteMs: (Number.isFinite(absoluteHours) && absoluteHours > 0 ? absoluteHours : 12) * 3_600_000,
  };
}
