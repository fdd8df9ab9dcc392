import type { Db } from "@/lib/db/client";
import { ACTIVE_MEMBERSHIPS } from "./active-memberships";
import { sessionPolicy } from "./session-policy";

/** Writing lastSeenAt on every request would turn each page view into a write; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

export async function createSession(db: Db, userId: string, now: Date, ip: string | null, userAgent: string | null) {
  const session = await db.userSession.create({
    data: { userId, createdAt: now, lastSeenAt: now, ip, userAgent: userAgent?.slice(0, 300) ?? null },
    select: { id: true },
  });
  return session.id;
}

/* The active memberships, oldest first (the language falls back to the first practice's: practice-countries.ts). */
const MEMBERSHIPS_OLDEST_FIRST = { ...ACTIVE_MEMBERSHIPS, orderBy: { createdAt: "asc" } } as const;

/**
 * The session's user, if the session is still alive: not revoked, not idle too long, not past its
 * absolute lifetime, and its user neither disabled nor signed out everywhere since it began.
 */
export async function liveSessionUser(db: Db, sessionId: string, now: Date) {
  const { idleMs, absoluteMs } = sessionPolicy();
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    include: { user: { include: { memberships: MEMBERSHIPS_OLDEST_FIRST } } },
  });
  if (!session || session.revokedAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) return null;
  if (now.getTime() - session.createdAt.getTime() > absoluteMs) return null;
  if (session.user.disabledAt) return null;
  if (session.user.sessionsValidFrom && session.user.sessionsValidFrom > session.createdAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return session.user;
}

export async function revokeSession(db: Db, sessionId: string, now: Date) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of the person at their next request (sign out everywhere, disabling, password change). */
export async function revokeAllSessions(db: Db, userId: string, now: Date) {
  await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await db.user.update({ where: { id: userId }, data: { sessionsValidFrom: now } });
}
