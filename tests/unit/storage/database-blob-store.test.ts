import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { CHUNK_BYTES, DatabaseBlobStore, READ_BATCH } from "@/lib/server/storage/database-blob-store";
import type { ChunkTable } from "@/lib/server/storage/postgres-chunks";

/*
 * The database store's streaming, against a chunk table in memory (the SQL itself is exercised on PostgreSQL by
 * tests/integration/stored-chunks.test.ts): chunks are read a batch per query, and a writer that fills the same
 * buffers again never changes a chunk whose insert is still under way.
 */

class MemoryChunks implements ChunkTable {
  readonly stored = new Map<number, Buffer>();
  readonly reads: [number, number][] = [];
  /** Each insert settles only when the test (or the next insert) lets it: a slow database. */
  readonly pending: (() => void)[] = [];
  mutatedWhileInserting = false;

  async insert(_blobId: string, index: number, data: Buffer): Promise<void> {
    const copy = Buffer.from(data);
    await new Promise<void>((resolve) => this.pending.push(resolve));
    // What the database would have been sent must still be what the writer handed over.
    if (!copy.equals(data)) this.mutatedWhileInserting = true;
    this.stored.set(index, copy);
  }

  async selectFrom(_blobId: string, from: number, count: number): Promise<Buffer[][]> {
    this.reads.push([from, count]);
    const chunks: Buffer[][] = [];
    for (let index = from; index < from + count && this.stored.has(index); index++) {
      const data = this.stored.get(index)!;
      // In pieces, as PostgreSQL sends them.
      chunks.push([data.subarray(0, 1000), data.subarray(1000)]);
    }
    return chunks;
  }
}

function memoryDb(): Db {
  const blobs = new Map<string, { size: bigint; complete: boolean }>();
  const storedBlob = {
    deleteMany: async ({ where }: { where: { id: string } }) => ({ count: blobs.delete(where.id) ? 1 : 0 }),
    create: async ({ data }: { data: { id: string } }) => blobs.set(data.id, { size: 0n, complete: false }),
    update: async ({ where, data }: { where: { id: string }; data: { size: bigint; complete: boolean } }) => blobs.set(where.id, data),
    findFirst: async ({ where }: { where: { id: string; complete: boolean } }) => {
      const blob = blobs.get(where.id);
      return blob && blob.complete === where.complete ? { size: blob.size } : null;
    },
  };
  return { storedBlob } as unknown as Db;
}

const randomish = (size: number) => Buffer.from(Array.from({ length: size }, (_, i) => (i * 31 + (i >> 8)) % 251));

async function readAll(stream: Readable): Promise<Buffer> {
  const pieces: Buffer[] = [];
  for await (const piece of stream) pieces.push(piece as Buffer);
  return Buffer.concat(pieces);
}

/** Lets every insert settle as soon as it is waiting, while the writer runs. */
function settleInserts(chunks: MemoryChunks): () => void {
  const timer = setInterval(() => chunks.pending.splice(0).forEach((resolve) => resolve()), 1);
  return () => clearInterval(timer);
}

describe("the database store", () => {
  const bytes = randomish(READ_BATCH * 2 * CHUNK_BYTES + 12_345);
  const chunkCount = Math.ceil(bytes.length / CHUNK_BYTES);

  it("writes pieces of any size as chunks of CHUNK_BYTES, and a writer reusing its buffers alters no chunk under way", async () => {
    const chunks = new MemoryChunks();
    const store = new DatabaseBlobStore(memoryDb(), chunks);
    // Pieces that never line up with a chunk, so every chunk is filled from several of them.
    const pieces = Array.from({ length: Math.ceil(bytes.length / 70_001) }, (_, i) => bytes.subarray(i * 70_001, (i + 1) * 70_001));
    const stop = settleInserts(chunks);
    try {
      expect(await store.write("exports", "a".repeat(32), Readable.from(pieces))).toBe(bytes.length);
    } finally {
      stop();
    }
    expect(chunks.mutatedWhileInserting).toBe(false);
    expect([...chunks.stored.keys()]).toEqual(Array.from({ length: chunkCount }, (_, i) => i));
    expect([...chunks.stored.values()].slice(0, -1).every((chunk) => chunk.length === CHUNK_BYTES)).toBe(true);
    expect(Buffer.concat([...chunks.stored.values()]).equals(bytes)).toBe(true);
  });

  it("reads a batch of chunks per query, each batch asked for once, and gives the bytes back whole", async () => {
    const chunks = new MemoryChunks();
    const store = new DatabaseBlobStore(memoryDb(), chunks);
    const stop = settleInserts(chunks);
    await store.write("attachments", "b".repeat(32), Readable.from([bytes])).finally(stop);
    expect((await readAll(await store.open("attachments", "b".repeat(32)))).equals(bytes)).toBe(true);
    expect(chunks.reads).toEqual(
      Array.from({ length: Math.ceil(chunkCount / READ_BATCH) }, (_, i) => [i * READ_BATCH, READ_BATCH] as [number, number]),
    );
  });

  it("fails the reader when a chunk is missing in the middle, rather than hand on a shorter file", async () => {
    const chunks = new MemoryChunks();
    const store = new DatabaseBlobStore(memoryDb(), chunks);
    const stop = settleInserts(chunks);
    await store.write("attachments", "c".repeat(32), Readable.from([bytes])).finally(stop);
    chunks.stored.delete(READ_BATCH + 1);
    await expect(readAll(await store.open("attachments", "c".repeat(32)))).rejects.toThrow(/holds \d+ bytes instead of/);
  });
});
