/**
 * The memberships that give rights: a membership suspended by its organisation's administrator gives
 * none, while the person's other organisations are untouched. Every place that builds an actor uses this, or
 * (the session's read, in SQL: sessions.ts) its condition.
 */
export const ACTIVE_MEMBERSHIPS = {
  where: { suspendedAt: null },
  select: { organizationId: true, role: true },
} as const;
