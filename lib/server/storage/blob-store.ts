import { connectionUrlOf, type Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { DatabaseBlobStore } from "./database-blob-store";
import { FolderBlobStore } from "./folder-blob-store";
import { postgresChunks } from "./postgres-chunks";
import type { BlobStore } from "./stored-blob";

export { isMissingBlob, type BlobArea, type BlobStore } from "./stored-blob";

const folderStore = new FolderBlobStore();
const databaseStores = new WeakMap<Db, DatabaseBlobStore>();

/** The store of a deployment: the database on PostgreSQL, the data folder on SQLite. */
export function blobStore(ctx: { db: Db; provider: DatabaseProvider }): BlobStore {
  if (ctx.provider !== "postgresql") return folderStore;
  let store = databaseStores.get(ctx.db);
  if (!store) databaseStores.set(ctx.db, (store = databaseBlobStore(ctx.db, folderStore)));
  return store;
}

/** The database's store alone (PostgreSQL), or reading `notYetMoved` for what it does not hold yet. */
export function databaseBlobStore(db: Db, notYetMoved?: BlobStore): DatabaseBlobStore {
  const url = connectionUrlOf(db);
  if (!url) throw new Error("Stored files need a PostgreSQL client opened with openDb (lib/db/client.ts)");
  return new DatabaseBlobStore(db, postgresChunks(url), notYetMoved);
}

/** The data folder's store, whatever the database: `breachdesk storage migrate` reads from it. */
export function folderBlobStore(): BlobStore {
  return folderStore;
}
