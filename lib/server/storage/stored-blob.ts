import type { Readable } from "node:stream";

/*
 * Where stored bytes live (docs/ARCHITECTURE.md, "Stored files"): attachments (already encrypted by
 * attachment-store.ts) and finished packets. On SQLite, one instance owns the data folder and keeps them there;
 * on PostgreSQL, several instances share one database, so the bytes go into it, in chunks, and any instance
 * reads what another wrote. Callers never see which: they ask `blobStore(ctx)`.
 */
export type BlobArea = "attachments" | "exports";

export interface BlobStore {
  readonly kind: "folder" | "database";
  /** Stores the whole stream under the name (replacing it), or leaves nothing once it fails. Returns its size. */
  write(area: BlobArea, key: string, source: Readable): Promise<number>;
  /** The bytes as a stream; rejects with an error whose code is "ENOENT" when nothing complete is stored. */
  open(area: BlobArea, key: string): Promise<Readable>;
  /** The size of what is stored, or null when nothing complete is. */
  size(area: BlobArea, key: string): Promise<number | null>;
  remove(area: BlobArea, key: string): Promise<void>;
  /**
   * Deletes what was written more than `lifetimeMs` before `now` (and, older than that, pieces of writes that
   * never finished). Returns the names deleted ("<key>" and "<key>.part"; "<key>.zip" for packets).
   */
  sweep(area: BlobArea, now: Date, lifetimeMs: number): Promise<string[]>;
}

export function missingBlob(area: BlobArea, key: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`Nothing is stored as ${area}/${key}`);
  error.code = "ENOENT";
  return error;
}

export function isMissingBlob(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === "ENOENT";
}
