import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";

export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** An arbitrary constant naming the lock that serialises writers of the audit chain's tail. */
const AUDIT_CHAIN_LOCK = 727_033_001;

function isRetryable(error: unknown): boolean {
  const text = error instanceof Error ? `${error.message} ${(error as { code?: string }).code ?? ""}` : String(error);
  // Another writer took the next audit seq first, or SQLite's writer lock was held: run the whole transaction again.
  // libsql reports a busy SQLite file as "Operation has timed out" (P1008) rather than SQLITE_BUSY.
  return /P2002|SQLITE_BUSY|database is locked|P2034|P1008|Operation has timed out|deadlock|could not serialize/i.test(text);
}

/**
 * Runs a write and its audit records in one transaction. On PostgreSQL an advisory lock serialises
 * appends to the audit chain across every app instance; on SQLite the database's writer lock does,
 * and a busy database or a lost race is retried.
 */
export async function writeTransaction<T>(db: Db, provider: DatabaseProvider, work: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.$transaction(
        async (tx) => {
          if (provider === "postgresql") await tx.$executeRawUnsafe(`SELECT pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`);
          return work(tx);
        },
        { maxWait: 10_000, timeout: 30_000 },
      );
    } catch (error) {
      if (attempt >= 8 || !isRetryable(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 25));
    }
  }
}
