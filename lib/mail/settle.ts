import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import type { NextStep } from "./retry-policy";

/*
 * Recording what became of claimed messages. Every update is fenced by the lease owner: a worker whose lease
 * expired (and whose row another worker may have taken since) changes nothing, and learns so from the count.
 */

export interface LeasedId {
  id: string;
  leaseOwner: string;
}

const noLease = { leaseOwner: null, leaseExpiresAt: null };

function ownedBy(items: readonly LeasedId[]) {
  const byOwner = new Map<string, string[]>();
  for (const item of items) {
    const ids = byOwner.get(item.leaseOwner);
    if (ids) ids.push(item.id);
    else byOwner.set(item.leaseOwner, [item.id]);
  }
  return { OR: [...byOwner].map(([leaseOwner, ids]) => ({ leaseOwner, id: { in: ids } })) };
}

/**
 * The statement that marks messages done, not yet run: to run alone, or in the same commit as a claim; it
 * yields how many were still ours. In SQL because it runs for every message sent: Prisma's updateMany let
 * SQLite find the rows through the status index, reading every message in "processing" for each group;
 * "+" keeps SQLite on the primary key instead (PostgreSQL plans by statistics).
 */
export function recordSentStatement(
  db: Db,
  provider: DatabaseProvider,
  items: readonly LeasedId[],
  now: Date,
): Prisma.PrismaPromise<number> {
  const { values, param, time, postgres } = sqlParameters(provider);
  const sentAt = time(now);
  const owned = ownedBy(items).OR.map(
    ({ leaseOwner, id }) => `("leaseOwner" = ${param(leaseOwner)} AND "id" IN (${id.in.map((value) => param(value)).join(", ")}))`,
  );
  return db.$executeRawUnsafe(
    `UPDATE "OutboxMessage" SET "status" = 'sent', "sentAt" = ${sentAt}, "leaseOwner" = NULL, "leaseExpiresAt" = NULL ` +
      `WHERE ${postgres ? "" : "+"}"status" = 'processing' AND (${owned.join(" OR ")})`,
    ...values,
  );
}

/**
 * Marks messages sent whoever holds them now, for messages known to have been accepted: replayed from the
 * journal of a worker that died, or accepted by a worker whose lease ran out before its record. Being sent
 * is a fact that no later state may undo: a row another worker has taken since is sent already (its late
 * result then changes nothing, see recordFailure), and a row waiting for a retry must not go out again.
 */
export function recordAcceptedStatement(db: Db, ids: readonly string[], sentAt: Date): Prisma.PrismaPromise<{ count: number }> {
  return db.outboxMessage.updateMany({
    where: { id: { in: [...ids] }, status: { not: "sent" } },
    data: { ...noLease, status: "sent", sentAt },
  });
}

/** Marks messages done in one statement; returns how many were still ours to mark. */
export async function recordSent(db: Db, provider: DatabaseProvider, items: readonly LeasedId[], now: Date): Promise<number> {
  if (items.length === 0) return 0;
  return recordSentStatement(db, provider, items, now);
}

/** Records a failed attempt: due again later ("failed"), or given up ("dead"), keeping the reason. */
export async function recordFailure(db: Db, item: LeasedId & { attempts: number; reason: string; next: NextStep }): Promise<boolean> {
  const result = await db.outboxMessage.updateMany({
    where: { id: item.id, leaseOwner: item.leaseOwner, status: "processing" },
    data: {
      ...noLease,
      attempts: item.attempts,
      lastError: item.reason.slice(0, 2000),
      status: item.next.status,
      ...(item.next.status === "failed" ? { availableAt: item.next.availableAt } : {}),
    },
  });
  return result.count === 1;
}

/**
 * Gives back messages this worker claimed but did not start (stopping, or too little lease left): they
 * return to the state they were claimed from, without an attempt counted.
 */
export async function releaseUnstarted(db: Db, items: readonly (LeasedId & { attempts: number })[]): Promise<number> {
  const fresh = items.filter((item) => item.attempts === 0);
  const retried = items.filter((item) => item.attempts > 0);
  let released = 0;
  if (fresh.length > 0) {
    released += (
      await db.outboxMessage.updateMany({ where: { status: "processing", ...ownedBy(fresh) }, data: { ...noLease, status: "pending" } })
    ).count;
  }
  if (retried.length > 0) {
    released += (
      await db.outboxMessage.updateMany({ where: { status: "processing", ...ownedBy(retried) }, data: { ...noLease, status: "failed" } })
    ).count;
  }
  return released;
}
