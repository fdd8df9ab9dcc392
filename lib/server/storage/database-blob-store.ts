import { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";
import { folderReason } from "@/lib/server/data-folders";
import type { ChunkTable } from "./postgres-chunks";
import { missingBlob, type BlobArea, type BlobStore } from "./stored-blob";

/** The size of one stored chunk: large enough for few rows, small enough that memory stays bounded. */
export const CHUNK_BYTES = 1024 * 1024;
const SUFFIX: Record<BlobArea, string> = { attachments: "", exports: ".zip" };

const blobId = (area: BlobArea, key: string) => `${area}/${key}`;

/**
 * The database as the store (PostgreSQL): a StoredBlob row and its chunks of at most 1 MiB, written one at a
 * time as the source streams in and read one at a time as the reader asks, so neither holds a whole file (the
 * chunks go through `postgres-chunks.ts`; at most one more is under way while one is handed on).
 * A blob is readable only once `complete`; a writer that dies leaves an incomplete row that the sweep removes.
 * With `notYetMoved` (the data folder), files written before the database held them are still read and removed
 * there until `breachdesk storage migrate` has moved them.
 */
export class DatabaseBlobStore implements BlobStore {
  readonly kind = "database";

  constructor(
    private readonly db: Db,
    private readonly chunks: ChunkTable,
    private readonly notYetMoved?: BlobStore,
  ) {}

  async write(area: BlobArea, key: string, source: Readable): Promise<number> {
    const id = blobId(area, key);
    await this.db.storedBlob.deleteMany({ where: { id } });
    await this.db.storedBlob.create({ data: { id } });
    let index = 0;
    let size = 0;
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    // One insert runs while the next chunk is read from the source; the one after waits for it.
    let inserting: Promise<void> = Promise.resolve();
    const flush = async (bytes: number) => {
      const joined = pending.length === 1 ? pending[0]! : Buffer.concat(pending);
      const chunk = Buffer.from(joined.subarray(0, bytes));
      const rest = joined.subarray(bytes);
      pending = rest.length > 0 ? [Buffer.from(rest)] : [];
      pendingBytes = rest.length;
      await inserting;
      const insert = this.chunks.insert(id, index++, chunk);
      // Awaited at the next flush or the end; marked handled so a failure surfaces there, not as unhandled.
      insert.catch(() => {});
      inserting = insert;
    };
    try {
      for await (const piece of source) {
        const buffer = typeof piece === "string" ? Buffer.from(piece) : (piece as Buffer);
        pending.push(buffer);
        pendingBytes += buffer.length;
        size += buffer.length;
        while (pendingBytes >= CHUNK_BYTES) await flush(CHUNK_BYTES);
      }
      if (pendingBytes > 0) await flush(pendingBytes);
      await inserting;
      await this.db.storedBlob.update({ where: { id }, data: { size: BigInt(size), complete: true } });
    } catch (error) {
      await inserting.catch(() => {});
      await this.db.storedBlob.deleteMany({ where: { id } }).catch(() => {});
      throw error;
    }
    return size;
  }

  async open(area: BlobArea, key: string): Promise<Readable> {
    const id = blobId(area, key);
    const blob = await this.db.storedBlob.findFirst({ where: { id, complete: true }, select: { size: true } });
    if (!blob) {
      if (this.notYetMoved) return this.notYetMoved.open(area, key);
      throw missingBlob(area, key);
    }
    const chunks = this.chunks;
    const expected = Number(blob.size);
    return Readable.from(
      (async function* () {
        let read = 0;
        // The next chunk is asked for while this one is handed on, so the reader rarely waits for the database.
        let next = chunks.select(id, 0);
        for (let index = 0; ; index++) {
          const bytes = await next;
          if (!bytes) break;
          next = chunks.select(id, index + 1);
          next.catch(() => {});
          read += bytes.length;
          yield bytes;
        }
        // A chunk lost or added behind the store's back must not pass for the whole file.
        if (read !== expected) throw new Error(`Stored ${id} holds ${read} bytes instead of ${expected}`);
      })(),
      { objectMode: false },
    );
  }

  async size(area: BlobArea, key: string): Promise<number | null> {
    const blob = await this.db.storedBlob.findFirst({ where: { id: blobId(area, key), complete: true }, select: { size: true } });
    if (blob) return Number(blob.size);
    return this.notYetMoved ? this.notYetMoved.size(area, key) : null;
  }

  async remove(area: BlobArea, key: string): Promise<void> {
    await this.db.storedBlob.deleteMany({ where: { id: blobId(area, key) } });
    await this.notYetMoved?.remove(area, key);
  }

  async sweep(area: BlobArea, now: Date, lifetimeMs: number): Promise<string[]> {
    const old = await this.db.storedBlob.findMany({
      where: { id: { startsWith: `${area}/` }, createdAt: { lt: new Date(now.getTime() - lifetimeMs) } },
      select: { id: true, complete: true },
    });
    const deleted: string[] = [];
    for (const blob of old) {
      const { count } = await this.db.storedBlob.deleteMany({ where: { id: blob.id } });
      if (count === 1) deleted.push(`${blob.id.slice(area.length + 1)}${SUFFIX[area]}${blob.complete ? "" : ".part"}`);
    }
    // Files left from before are cleaned up when the folder allows; a folder this store no longer writes to
    // never stops an export.
    if (this.notYetMoved)
      deleted.push(
        ...(await this.notYetMoved
          .sweep(area, now, lifetimeMs)
          .catch((error: unknown) => (folderReason(error) ? [] : Promise.reject(error)))),
      );
    return deleted;
  }
}
