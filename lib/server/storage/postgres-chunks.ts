import pg from "pg";

/*
 * Chunks go through a plain pg pool of their own, not through Prisma: Prisma's raw queries keep recent
 * parameters alive (measured: the heap levelled off about 165 MB above its start per process while chunks
 * moved) and only take text, so each 1 MiB chunk travelled as 1.4 MiB of base64 that PostgreSQL decoded.
 * Here a chunk is written as a bytea parameter, sent as raw bytes (measured 11 ms a MiB against 16 ms as
 * base64). pool.query takes an idle connection for each query and gives it back when it settles, so two
 * queries never share a connection (lib/db/one-query-at-a-time.ts explains why that matters).
 */
const INSERT_CHUNK = `INSERT INTO "StoredBlobChunk" ("blobId", "index", "data") VALUES ($1, $2, $3)`;
const SELECT_CHUNK = `SELECT "data" FROM "StoredBlobChunk" WHERE "blobId" = $1 AND "index" = $2`;

/** A few connections suffice: a reader or a writer has at most two chunk queries under way. */
const POOL_SIZE = 4;

export interface ChunkTable {
  insert(blobId: string, index: number, data: Buffer): Promise<void>;
  /** The chunk's bytes, or null when there is no chunk at that index. */
  select(blobId: string, index: number): Promise<Buffer | null>;
}

const pools = new Map<string, pg.Pool>();

function poolFor(url: string): pg.Pool {
  let pool = pools.get(url);
  if (!pool) {
    pool = new pg.Pool({ connectionString: url, max: POOL_SIZE, idleTimeoutMillis: 5_000, allowExitOnIdle: true });
    // An idle connection the server ends (a restart, a dropped test database) is only taken out of the pool;
    // without a listener pg's "error" event would end the process.
    pool.on("error", () => {});
    pools.set(url, pool);
  }
  return pool;
}

export function postgresChunks(url: string): ChunkTable {
  const pool = poolFor(url);
  return {
    async insert(blobId, index, data) {
      await pool.query(INSERT_CHUNK, [blobId, index, data]);
    },
    async select(blobId, index) {
      // pg 8 reads results in binary format as UTF-8 text, which mangles bytes; the bytea column comes as hex
      // text that pg turns into a Buffer natively (measured as fast as base64 from encode(), and no more RSS
      // in bench/packet-200mb.bench.ts).
      const result = await pool.query<{ data: Buffer }>(SELECT_CHUNK, [blobId, index]);
      return result.rows[0]?.data ?? null;
    },
  };
}
