import type { Client, Config, TransactionMode } from "@libsql/client";
import { PrismaLibSQL } from "@prisma/adapter-libsql";

/**
 * Prisma's libsql adapter, with every transaction begun as a writer (BEGIN IMMEDIATE) instead of the
 * adapter's BEGIN DEFERRED. A deferred transaction that reads and then writes, while another process
 * committed in between, fails at once with SQLITE_BUSY whatever the busy timeout (SQLite cannot wait for a
 * snapshot that is already stale), so the app and `npm run worker` on one file kept failing each other's
 * transactions. A transaction that starts as the writer waits its turn (the busy timeout) instead.
 * Statements outside transactions are unchanged.
 */
class ImmediateTransactionsLibSQL extends PrismaLibSQL {
  override createClient(config: Config): Client {
    const client = super.createClient(config);
    const begin = client.transaction.bind(client);
    client.transaction = ((mode?: TransactionMode) =>
      begin(mode === "deferred" || mode === undefined ? "write" : mode)) as Client["transaction"];
    return client;
  }
}

/**
 * One connection, kept: SQLite settings (PRAGMAs) hold per connection, and the adapter runs one statement
 * or transaction at a time anyway. `timeout` is the busy timeout in milliseconds, which the driver also
 * sets on any connection it has to open again.
 */
export function sqliteAdapter(url: string, busyTimeoutMs = 10_000) {
  return new ImmediateTransactionsLibSQL({ url, timeout: busyTimeoutMs, concurrency: 1 });
}
