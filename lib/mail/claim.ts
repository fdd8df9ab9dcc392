import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";

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

/** Due, and not held by a live lease. */
function dueAt(now: Date) {
  return { availableAt: { lte: now }, OR: [{ leaseExpiresAt: null }, { leaseExpiresAt: { lte: now } }] };
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
 * Claims up to `limit` due messages of the given kinds for `leaseOwner` until `leaseExpiresAt`, with ONE
 * conditional UPDATE that picks the earliest due rows and takes those that are still waiting, returning the
 * rows it changed. Whoever updates a row first wins it; a worker racing for the same rows finds the
 * condition false for them (SQLite serialises writers; PostgreSQL re-evaluates the WHERE on the row's new
 * version after waiting for the winner's row lock), so no row is ever held by two leases.
 *
 * `alongside` are writes to run in the same commit as the claim (the "sent" records of the previous batch):
 * on SQLite every commit waits for the disk, so sharing one matters. They run exactly once, claim or not,
 * and their results come back in `alongsideResults`.
 */
export async function claimDueMessages(
  db: Db,
  provider: DatabaseProvider,
  claim: Claim,
  alongside?: Prisma.PrismaPromise<unknown>[],
): Promise<{ claimed: ClaimedMessage[]; alongsideResults: unknown[] | null }> {
  let pending = alongside?.length ? alongside : undefined;
  let alongsideResults: unknown[] | null = null;
  // Another worker may win every row we picked; pick again a few times while something is still due.
  for (let round = 0; round < 4 && claim.kinds.length > 0 && claim.limit > 0; round++) {
    const take = claimStatement(db, provider, claim);
    let rows: ClaimedRow[];
    if (pending) {
      const results = await db.$transaction([...pending, take]);
      rows = results.pop() as ClaimedRow[];
      alongsideResults = results;
      pending = undefined;
    } else rows = await take;
    if (rows.length > 0) return { claimed: rows.sort(byDueTime).map((row) => toClaimed(row, claim)), alongsideResults };
    const due = await db.outboxMessage.findFirst({
      where: { status: { in: ["pending", "failed"] }, ...dueAt(claim.now), kind: { in: [...claim.kinds] } },
      select: { id: true },
    });
    if (!due) break;
  }
  if (pending) alongsideResults = await db.$transaction(pending);
  return { claimed: [], alongsideResults };
}

interface Claim {
  kinds: readonly string[];
  limit: number;
  now: Date;
  leaseOwner: string;
  leaseExpiresAt: Date;
}

type ClaimedRow = Pick<ClaimedMessage, "id" | "kind" | "idempotencyKey" | "attempts" | "organizationId" | "incidentId"> & {
  payload: string;
  availableAt: Date;
};

/**
 * The claim in SQL, because it runs on the hot path with hundreds of rows and costs the event loop the
 * SMTP connections wait for (bench/outbox.bench.ts). Through Prisma it took three statements and four times
 * the CPU, and read the whole backlog on every claim: one query over both waiting statuses ordered by time
 * cannot use the (status, availableAt) index's order, so the database sorted every due row (10,000 queued
 * e-mails: 50 claims reading 5,000 rows each). Here each status's earliest rows are read in index order,
 * `limit` each, and the earliest of those are taken by id.
 */
function claimStatement(db: Db, provider: DatabaseProvider, claim: Claim): Prisma.PrismaPromise<ClaimedRow[]> {
  const { values, param, time, postgres: pg } = sqlParameters(provider);
  const due = () => `"availableAt" <= ${time(claim.now)} AND ("leaseExpiresAt" IS NULL OR "leaseExpiresAt" <= ${time(claim.now)})`;
  const earliest = (status: string) =>
    `SELECT "id", "availableAt" FROM "OutboxMessage" WHERE "status" = '${status}' AND ${due()} ` +
    `AND "kind" IN (${claim.kinds.map((kind) => param(kind)).join(", ")}) ORDER BY "availableAt" LIMIT ${param(claim.limit)}`;
  // "+" keeps SQLite off the status index for the outer test: it finds the rows by id instead of walking
  // the backlog (PostgreSQL plans by statistics and has no such operator for text).
  const sql =
    `UPDATE "OutboxMessage" SET "status" = 'processing', "leaseOwner" = ${param(claim.leaseOwner)}, ` +
    `"leaseExpiresAt" = ${time(claim.leaseExpiresAt)} ` +
    `WHERE ${pg ? "" : "+"}"status" IN ('pending', 'failed') AND ${due()} AND "id" IN (` +
    `SELECT "id" FROM (SELECT "id", "availableAt" FROM (${earliest("pending")}) AS waiting UNION ALL ` +
    `SELECT "id", "availableAt" FROM (${earliest("failed")}) AS retrying) AS due ` +
    `ORDER BY "availableAt" LIMIT ${param(claim.limit)}) ` +
    `RETURNING "id", "kind", "idempotencyKey", "payload", "attempts", "organizationId", "incidentId", "availableAt"`;
  return db.$queryRawUnsafe<ClaimedRow[]>(sql, ...values);
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
