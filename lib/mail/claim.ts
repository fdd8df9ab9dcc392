import type { Db, Prisma } from "@/lib/db/client";

/** A claimed message, payload still sealed, with the lease that entitles this worker to work on it. */
export interface ClaimedMessage {
  id: string;
  kind: string;
  idempotencyKey: string;
  sealedPayload: string;
  attempts: number;
  organizationId: string | null;
  incidentId: string | null;
  leaseOwner: string;
  leaseExpiresAt: Date;
}

/** Rows a worker may take: due, waiting (new or to be retried), and not held by a live lease. */
function claimable(now: Date) {
  return {
    status: { in: ["pending", "failed"] },
    availableAt: { lte: now },
    OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lte: now } }],
  };
}

/**
 * A worker that stopped while holding a lease (crash, kill -9, lost network) leaves rows in "processing".
 * Once the lease has expired, the interrupted attempt counts as a failed one (so a message that crashes the
 * worker every time ends up dead instead of looping) and the row is due again at once. One UPDATE each:
 * atomic on SQLite (one writer) and on PostgreSQL (a concurrent updater re-checks the WHERE on the row's
 * new version), so two workers recovering together count an attempt once.
 */
export async function recoverExpiredLeases(db: Db, now: Date, maxAttempts: number): Promise<number> {
  const expired = { status: "processing", leaseExpiresAt: { lte: now } };
  const release = { leaseOwner: null, leaseExpiresAt: null, lastError: "the worker stopped before finishing this attempt (lease expired)" };
  const dead = await db.outboxMessage.updateMany({
    where: { ...expired, attempts: { gte: maxAttempts - 1 } },
    data: { ...release, status: "dead", attempts: { increment: 1 } },
  });
  const retried = await db.outboxMessage.updateMany({ where: expired, data: { ...release, status: "failed", attempts: { increment: 1 } } });
  return dead.count + retried.count;
}

/**
 * Claims up to `limit` due messages of the given kinds for `leaseOwner` until `leaseExpiresAt`. Two steps:
 * pick candidates, then take them with ONE conditional UPDATE that repeats the "claimable" test and returns
 * the rows it changed. Whoever updates a row first wins it; a worker racing for the same candidates finds
 * the condition false for those rows (SQLite serialises writers; PostgreSQL re-evaluates the WHERE on the
 * row's new version after waiting for the winner's row lock), so no row is ever held by two leases.
 *
 * `alongside` is a write to run in the same commit as the claim (the "sent" records of the previous batch):
 * on SQLite every commit waits for the disk, so sharing one matters. It runs exactly once, claim or not.
 */
export async function claimDueMessages(
  db: Db,
  claim: { kinds: readonly string[]; limit: number; now: Date; leaseOwner: string; leaseExpiresAt: Date },
  alongside?: Prisma.PrismaPromise<{ count: number }>,
): Promise<{ claimed: ClaimedMessage[]; alongsideCount: number | null }> {
  let pending = alongside;
  let alongsideCount: number | null = null;
  // Another worker may win every candidate we picked; pick again a few times before calling the queue empty.
  for (let round = 0; round < 4 && claim.kinds.length > 0 && claim.limit > 0; round++) {
    const candidates = await db.outboxMessage.findMany({
      where: { ...claimable(claim.now), kind: { in: [...claim.kinds] } },
      orderBy: [{ availableAt: "asc" }, { id: "asc" }],
      take: claim.limit,
      select: { id: true },
    });
    if (candidates.length === 0) break;
    const take = db.outboxMessage.updateManyAndReturn({
      where: { ...claimable(claim.now), id: { in: candidates.map((row) => row.id) } },
      data: { status: "processing", leaseOwner: claim.leaseOwner, leaseExpiresAt: claim.leaseExpiresAt },
    });
    const [written, rows] = pending ? await db.$transaction([pending, take]) : [null, await take];
    if (written) {
      alongsideCount = written.count;
      pending = undefined;
    }
    if (rows.length > 0) return { claimed: rows.sort(byDueTime).map((row) => toClaimed(row, claim)), alongsideCount };
  }
  if (pending) alongsideCount = (await pending).count;
  return { claimed: [], alongsideCount };
}

type OutboxRow = Awaited<ReturnType<Db["outboxMessage"]["findFirstOrThrow"]>>;

const byDueTime = (a: OutboxRow, b: OutboxRow) => a.availableAt.getTime() - b.availableAt.getTime() || (a.id < b.id ? -1 : 1);

function toClaimed(row: OutboxRow, lease: { leaseOwner: string; leaseExpiresAt: Date }): ClaimedMessage {
  return {
    id: row.id,
    kind: row.kind,
    idempotencyKey: row.idempotencyKey,
    sealedPayload: row.payload,
    attempts: row.attempts,
    organizationId: row.organizationId,
    incidentId: row.incidentId,
    leaseOwner: lease.leaseOwner,
    leaseExpiresAt: lease.leaseExpiresAt,
  };
}
