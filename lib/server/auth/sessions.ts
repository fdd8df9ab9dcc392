import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import type { Membership } from "@/lib/server/actor";
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

/**
 * The active memberships, oldest first (the language falls back to the first practice's: practice-countries.ts).
 * In SQL: every request reads them, and a DPO firm's person holds a thousand; with Prisma loading them as the
 * user's relation, the session's read took 12 to 15 ms a page at a thousand, now 5.5 to 6.5 (bench/pages.bench.ts).
 * `suspendedAt IS NULL` is ACTIVE_MEMBERSHIPS's condition, which the API and calendar actors read through Prisma.
 */
async function activeMemberships(db: Db, provider: DatabaseProvider, userId: string): Promise<Membership[]> {
  const { values, param } = sqlParameters(provider);
  return db.$queryRawUnsafe<Membership[]>(
    `SELECT "organizationId", "role" FROM "Membership" WHERE "userId" = ${param(userId)} AND "suspendedAt" IS NULL ` +
      `ORDER BY "createdAt", "id"`,
    ...values,
  );
}

/**
 * The session's user, if the session is still alive: not revoked, not idle too long, not past its
 * absolute lifetime, and its user neither disabled nor signed out everywhere since it began.
 */
export async function liveSessionUser(db: Db, provider: DatabaseProvider, sessionId: string, now: Date) {
  const { idleMs, absoluteMs } = sessionPolicy();
  const session = await db.userSession.findUnique({ where: { id: sessionId }, include: { user: true } });
  if (!session || session.revokedAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > idleMs) return null;
  if (now.getTime() - session.createdAt.getTime() > absoluteMs) return null;
  if (session.user.disabledAt) return null;
  if (session.user.sessionsValidFrom && session.user.sessionsValidFrom > session.createdAt) return null;
  if (now.getTime() - session.lastSeenAt.getTime() > TOUCH_EVERY_MS) {
    await db.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: now } });
  }
  return { ...session.user, memberships: await activeMemberships(db, provider, session.user.id) };
}

export async function revokeSession(db: Db, sessionId: string, now: Date) {
  await db.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: now } });
}

/** Ends every session of the person at their next request (sign out everywhere, disabling, password change). */
export async function revokeAllSessions(db: Db, userId: string, now: Date) {
  await db.userSession.updateMany({ where: { userId, revokedAt: null }, data: { revokedAt: now } });
  await db.user.update({ where: { id: userId }, data: { sessionsValidFrom: now } });
}
