import { randomUUID } from "node:crypto";
import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { sqlParameters } from "@/lib/db/sql-parameters";
import type { AcceptedDelivery } from "@/lib/mail/handlers";

/** What the "communication" handler hands back with "done": journaled at once, recorded in the group commit. */
export interface Delivered {
  recipientId: string;
  communicationId: string;
  /** Sealed JSON of what was sent. */
  content: string;
  messageId: string;
  attempts: number;
}

export function isDelivered(value: unknown): value is Delivered {
  if (typeof value !== "object" || value === null) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.recipientId === "string" &&
    typeof record.communicationId === "string" &&
    typeof record.content === "string" &&
    typeof record.messageId === "string" &&
    typeof record.attempts === "number"
  );
}

/** Rows per INSERT: 7 parameters each, well below SQLite's and PostgreSQL's limits. */
const ROWS_PER_INSERT = 1_000;

/**
 * The statements that record accepted e-mails of a communication, to run in the outbox worker's group
 * commit (with the outbox rows' "sent"): what each person was sent (SentMessage), and the person marked
 * sent. They also replay the journal of a worker that died, so they must be idempotent and indifferent to
 * leases: a person recorded before keeps the first record (the unique recipientId and ON CONFLICT DO
 * NOTHING, atomic even when two workers record the same person), and a person no longer on the list (a
 * journal from another database, a recipient deleted since) is skipped by the join rather than failing the
 * whole group on the foreign key.
 *
 * The insert is written in SQL because this is the hot path of sending: Prisma's createMany costs several
 * times more CPU per row than the SMTP submission budget allows (bench/communications.bench.ts).
 */
export function deliveryStatements(
  db: Db,
  provider: DatabaseProvider,
  accepted: readonly AcceptedDelivery[],
): Prisma.PrismaPromise<unknown>[] {
  const delivered = accepted.flatMap((item) => (isDelivered(item.record) ? [{ ...item.record, sentAt: item.at }] : []));
  if (delivered.length === 0) return [];
  const statements: Prisma.PrismaPromise<unknown>[] = [];
  for (let start = 0; start < delivered.length; start += ROWS_PER_INSERT)
    statements.push(insertSentMessages(db, provider, delivered.slice(start, start + ROWS_PER_INSERT)));
  // One sentAt for the group: the last acceptance in it (each SentMessage keeps its own).
  const sentAt = new Date(Math.max(...delivered.map((item) => item.sentAt.getTime())));
  statements.push(
    db.recipient.updateMany({
      where: { id: { in: delivered.map((item) => item.recipientId) }, status: { not: "sent" } },
      data: { status: "sent", sentAt, lastError: null },
    }),
  );
  return statements;
}

function insertSentMessages(
  db: Db,
  provider: DatabaseProvider,
  rows: ReadonlyArray<Delivered & { sentAt: Date }>,
): Prisma.PrismaPromise<number> {
  const { values, param, time } = sqlParameters(provider);
  // PostgreSQL cannot infer the types of parameters in a VALUES list that feeds a SELECT: hence the casts.
  const tuples = rows.map(
    (row) =>
      `(${param(randomUUID())}, ${param(row.recipientId)}, ${param(row.communicationId)}, ` +
      `${param(row.content)}, ${param(row.messageId)}, ${time(row.sentAt)}, ` +
      `${param(row.attempts, "::integer")})`,
  );
  // The VALUES columns are column1..column7 in both databases; "WHERE true" tells SQLite's parser that
  // ON CONFLICT belongs to the INSERT (an upsert from a SELECT needs a WHERE there).
  return db.$executeRawUnsafe(
    `INSERT INTO "SentMessage" ("id", "recipientId", "communicationId", "content", "messageId", "sentAt", "attempts") ` +
      `SELECT v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7 FROM (VALUES ${tuples.join(", ")}) AS v ` +
      `JOIN "Recipient" r ON r."id" = v.column2 WHERE true ON CONFLICT ("recipientId") DO NOTHING`,
    ...values,
  );
}
