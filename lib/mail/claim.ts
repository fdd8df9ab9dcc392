import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";

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
 * `alongside` are writes to run in the same commit as the claim (the "sent" records of the previous batch):
 * on SQLite every commit waits for the disk, so sharing one matters. They run exactly once, claim or not,
 * and their results come back in `alongsideResults`.
 */
export async function claimDueMessages(
  db: Db,
  provider: DatabaseProvider,
  claim: { kinds: readonly string[]; limit: number; now: Date; leaseOwner: string; leaseExpiresAt: Date },
  alongside?: Prisma.PrismaPromise<unknown>[],
): Promise<{ claimed: ClaimedMessage[]; alongsideResults: unknown[] | null }> {
  let pending = alongside?.length ? alongside : undefined;
  let alongsideResults: unknown[] | null = null;
  // Another worker may win every candidate we picked; pick again a few times before calling the queue empty.
  for (let round = 0; round < 4 && claim.kinds.length > 0 && claim.limit > 0; round++) {
    const candidates = await db.outboxMessage.findMany({
      where: { ...claimable(claim.now), kind: { in: [...claim.kinds] } },
      orderBy: [{ availableAt: "asc" }, { id: "asc" }],
      take: claim.limit,
      select: { id: true },
    });
    if (candidates.length === 0) break;
    const take = takeStatement(db, provider, candidates.map((row) => row.id), claim);
    let rows: ClaimedRow[];
    if (pending) {
      const results = await db.$transaction([...pending, take]);
      rows = results.pop() as ClaimedRow[];
      alongsideResults = results;
      pending = undefined;
    } else rows = await take;
    if (rows.length > 0) return { claimed: rows.sort(byDueTime).map((row) => toClaimed(row, claim)), alongsideResults };
  }
  if (pending) alongsideResults = await db.$transaction(pending);
  return { claimed: [], alongsideResults };
}

type ClaimedRow = Pick<ClaimedMessage, "id" | "kind" | "idempotencyKey" | "attempts" | "organizationId" | "incidentId"> & { payload: string; availableAt: Date };

/**
 * The conditional UPDATE of claimDueMessages, returning the rows it changed. In SQL because it runs on the
 * hot path with hundreds of rows: through Prisma's updateManyAndReturn it cost four times the CPU, all of
 * it on the event loop the SMTP connections wait for (bench/outbox.bench.ts). The condition is the same as
 * claimable(); times are compared as stored (ISO 8601 text on SQLite, timestamp(3) on PostgreSQL).
 */
function takeStatement(db: Db, provider: DatabaseProvider, ids: readonly string[], claim: { now: Date; leaseOwner: string; leaseExpiresAt: Date }): Prisma.PrismaPromise<ClaimedRow[]> {
  const pg = provider === "postgresql";
  const now = claim.now.toISOString();
  const time = (n: number) => (pg ? `$${n}::timestamp(3)` : "?");
  const list = ids.map((_, i) => (pg ? `$${i + 5}` : "?")).join(", ");
  return db.$queryRawUnsafe<ClaimedRow[]>(
    `UPDATE "OutboxMessage" SET "status" = 'processing', "leaseOwner" = ${pg ? "$1" : "?"}, "leaseExpiresAt" = ${time(2)} ` +
      `WHERE "status" IN ('pending', 'failed') AND "availableAt" <= ${time(3)} AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${time(4)}) AND "id" IN (${list}) ` +
      `RETURNING "id", "kind", "idempotencyKey", "payload", "attempts", "organizationId", "incidentId", "availableAt"`,
    claim.leaseOwner,
    claim.leaseExpiresAt.toISOString(),
    now,
    now,
    ...ids,
  );
}

const byDueTime = (a: ClaimedRow, b: ClaimedRow) => a.availableAt.getTime() - b.availableAt.getTime() || (a.id < b.id ? -1 : 1);

function toClaimed(row: ClaimedRow, lease: { leaseOwner: string; leaseExpiresAt: Date }): ClaimedMessage {
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
