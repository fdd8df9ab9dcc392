import { createHash, randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { connectionUrlOf } from "@/lib/db/client";
import pg from "pg";
import { postgresChunks, type ChunkTable } from "@/lib/server/storage/postgres-chunks";
import { copyRowsOut } from "@/lib/server/storage/postgres-copy-out";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";

/*
 * The chunk table on PostgreSQL (the database store is used there only, lib/server/storage/blob-store.ts):
 * chunks go in as bytea parameters and come out of a binary COPY, several per query, each in pieces, byte for
 * byte, stopping where one is missing. The id is quoted into the COPY, so one with a quote in it reads as well.
 */
describe.runIf(integrationProvider() === "postgresql")("stored chunks (PostgreSQL)", () => {
  let ctx: TestContext;
  let chunks: ChunkTable;
  const id = "attachments/it's-a-blob";
  const written = [randomBytes(1024 * 1024), randomBytes(1024 * 1024), randomBytes(200_001), Buffer.alloc(0), randomBytes(65_536)];

  beforeAll(async () => {
    ctx = await createTestContext();
    chunks = postgresChunks(connectionUrlOf(ctx.db)!);
    await ctx.db.storedBlob.create({ data: { id } });
    await ctx.db.storedBlob.create({ data: { id: "attachments/another" } });
    for (const [index, data] of written.entries()) await chunks.insert(id, index, data);
    await chunks.insert("attachments/another", 0, randomBytes(10));
    // A gap: nothing at 5, something at 6.
    await chunks.insert(id, 6, randomBytes(10));
  });
  afterAll(() => ctx.close());

  // Compared as digests: vitest compares large buffers byte by byte, slowly.
  const digests = (buffers: Buffer[]) => buffers.map((bytes) => createHash("sha256").update(bytes).digest("hex"));
  const joined = (read: Buffer[][]) => digests(read.map((pieces) => Buffer.concat(pieces)));

  it("gives back several chunks in one query, each exactly as written, in pieces no larger than 64 KiB", async () => {
    const read = await chunks.selectFrom(id, 0, 3);
    expect(joined(read)).toEqual(digests(written.slice(0, 3)));
    expect(read[0]!.length).toBe(16);
    expect(read.flat().every((piece) => piece.length <= 65_536)).toBe(true);
  });

  it("gives an empty chunk and a chunk of exactly one piece as written", async () => {
    expect(joined(await chunks.selectFrom(id, 3, 2))).toEqual(digests([Buffer.alloc(0), written[4]!]));
  });

  it("stops at the end of the blob and where a chunk is missing, never reading another blob's", async () => {
    expect(joined(await chunks.selectFrom(id, 2, 10))).toEqual(digests(written.slice(2)));
    expect(await chunks.selectFrom(id, 5, 4)).toEqual([]);
    expect(await chunks.selectFrom("attachments/nothing", 0, 4)).toEqual([]);
  });

  it("a COPY the server refuses, or whose connection dies, fails its caller only; the pool goes on", async () => {
    const pool = new pg.Pool({ connectionString: connectionUrlOf(ctx.db)!, max: 1 });
    pool.on("error", () => {});
    try {
      await expect(copyRowsOut(pool, `SELECT "nothing" FROM "NoSuchTable"`)).rejects.toThrow(/NoSuchTable/);
      // The server ends the connection under the COPY: the COPY fails, the client is not handed out again.
      await expect(copyRowsOut(pool, "SELECT pg_terminate_backend(pg_backend_pid())")).rejects.toThrow();
      const rows = (await copyRowsOut(pool, "SELECT 1::int4")) as Buffer[][];
      expect(rows[0]?.[0]?.readInt32BE(0)).toBe(1);
    } finally {
      await pool.end();
    }
  });
});
