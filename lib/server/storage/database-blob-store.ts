import { Readable } from "node:stream";
import type { Db } from "@/lib/db/client";
import { folderReason } from "@/lib/server/data-folders";
import type { ChunkTable } from "./postgres-chunks";
import { missingBlob, type BlobArea, type BlobStore } from "./stored-blob";

/** The size of one stored chunk: large enough for few rows, small enough that memory stays bounded. */
export const CHUNK_BYTES = 1024 * 1024;
/** Chunks read by one query: 4 MiB, so a reader holds at most 8 (this batch and the next under way). */
export const READ_BATCH = 4;
/** Inserts under way at once for one writer: the database stores one chunk while the next is sent. */
const INSERTS_UNDER_WAY = 2;
const EMPTY = Buffer.alloc(0);
const SUFFIX: Record<BlobArea, string> = { attachments: "", exports: ".zip" };

const blobId = (area: BlobArea, key: string) => `${area}/${key}`;

/**
 * The database as the store (PostgreSQL): a StoredBlob row and its chunks of at most 1 MiB, inserted as the
 * source streams in (INSERTS_UNDER_WAY at once) and read a batch at a time (READ_BATCH, the next batch asked for
 * while one is handed on) as the reader asks, so neither holds a whole file (the chunks go through
 * `postgres-chunks.ts`).
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
    // The source's pieces are copied once, into the chunk being filled; a chunk's buffer is filled again once
    // its insert is done, so writing allocates a few buffers, not one per chunk (joining and slicing pieces of
    // other sizes made three copies of every byte, left for the garbage collector).
    let chunk: Buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    let filled = 0;
    const free: Buffer[] = [];
    // A few inserts run (on connections of their own) while the next chunk is read from the source.
    const underWay: { done: Promise<void>; buffer: Buffer }[] = [];
    const flush = async (bytes: Buffer) => {
      if (underWay.length >= INSERTS_UNDER_WAY) {
        const oldest = underWay.shift()!;
        await oldest.done;
        free.push(oldest.buffer);
      }
      const done = this.chunks.insert(id, index++, bytes);
      // Awaited at a later flush or the end; marked handled so a failure surfaces there, not as unhandled.
      done.catch(() => {});
      underWay.push({ done, buffer: chunk });
      chunk = free.pop() ?? Buffer.allocUnsafe(CHUNK_BYTES);
    };
    const allDone = () => Promise.all(underWay.map((insert) => insert.done));
    try {
      for await (const piece of source) {
        const buffer = typeof piece === "string" ? Buffer.from(piece) : (piece as Buffer);
        size += buffer.length;
        for (let offset = 0; offset < buffer.length;) {
          const taken = buffer.copy(chunk, filled, offset, Math.min(buffer.length, offset + CHUNK_BYTES - filled));
          filled += taken;
          offset += taken;
          if (filled === CHUNK_BYTES) {
            await flush(chunk);
            filled = 0;
          }
        }
      }
      if (filled > 0) await flush(chunk.subarray(0, filled));
      await allDone();
      await this.db.storedBlob.update({ where: { id }, data: { size: BigInt(size), complete: true } });
    } catch (error) {
      // Nothing may still be inserting when the row (and with it every chunk) is deleted.
      await Promise.allSettled(underWay.map((insert) => insert.done));
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
        // A batch of chunks per query; the next batch is asked for while this one is handed on, so the reader
        // rarely waits for the database and at most two batches are held.
        let next = chunks.selectFrom(id, 0, READ_BATCH);
        for (let from = 0; ; from += READ_BATCH) {
          const batch = await next;
          const whole = batch.length === READ_BATCH;
          if (whole) {
            next = chunks.selectFrom(id, from + READ_BATCH, READ_BATCH);
            next.catch(() => {});
          }
          for (let i = 0; i < batch.length; i++) {
            const pieces = batch[i]!;
            // Let go of each piece as it is handed on, so the garbage collector may take it before the batch ends.
            batch[i] = [];
            for (let j = 0; j < pieces.length; j++) {
              const bytes = pieces[j]!;
              pieces[j] = EMPTY;
              read += bytes.length;
              yield bytes;
            }
          }
          if (!whole) break;
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
