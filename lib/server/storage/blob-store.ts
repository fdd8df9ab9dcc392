import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { DatabaseBlobStore } from "./database-blob-store";
import { FolderBlobStore } from "./folder-blob-store";
import type { BlobStore } from "./stored-blob";

export { isMissingBlob, type BlobArea, type BlobStore } from "./stored-blob";

const folderStore = new FolderBlobStore();
const databaseStores = new WeakMap<Db, DatabaseBlobStore>();

/** The store of a deployment: the database on PostgreSQL, the data folder on SQLite. */
export function blobStore(ctx: { db: Db; provider: DatabaseProvider }): BlobStore {
  if (ctx.provider !== "postgresql") return folderStore;
  let store = databaseStores.get(ctx.db);
  if (!store) databaseStores.set(ctx.db, (store = new DatabaseBlobStore(ctx.db, folderStore)));
  return store;
}

/** The data folder's store, whatever the database: `breachdesk storage migrate` reads from it. */
export function folderBlobStore(): BlobStore {
  return folderStore;
}
