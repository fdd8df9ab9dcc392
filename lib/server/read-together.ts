import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/server/transaction";

/** A transaction client is the database client without `$transaction`: Prisma leaves that out of it. */
function isTransaction(db: Db | Tx): db is Tx {
  return !("$transaction" in db);
}

/**
 * Reads that do not depend on each other. On the client they run together, each on its own pool
 * connection; inside a transaction they run in turn, because its one connection answers one query at a
 * time (pg 9 refuses overlapping queries; lib/db/one-query-at-a-time.ts queues them in any case).
 */
export async function readTogether<T extends readonly unknown[]>(
  db: Db | Tx,
  reads: { [K in keyof T]: () => PromiseLike<T[K]> },
): Promise<T> {
  if (!isTransaction(db)) return (await Promise.all(reads.map((read) => read()))) as unknown as T;
  const results: unknown[] = [];
  for (const read of reads) results.push(await read());
  return results as unknown as T;
}
