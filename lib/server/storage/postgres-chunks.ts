import pg from "pg";
import { copyRowsOut } from "./postgres-copy-out";

/*
 * Chunks go through a plain pg pool of their own, not through Prisma: Prisma's raw queries keep recent
 * parameters alive (measured: the heap levelled off about 165 MB above its start per process while chunks
 * moved) and only take text, so each 1 MiB chunk travelled as 1.4 MiB of base64 that PostgreSQL decoded.
 * Here a chunk is written as a bytea parameter, sent as raw bytes (measured 11 ms a MiB against 16 ms as
 * base64). pool.query takes an idle connection for each query and gives it back when it settles, so two
 * queries never share a connection (lib/db/one-query-at-a-time.ts explains why that matters).
 */
const INSERT_CHUNK = `INSERT INTO "StoredBlobChunk" ("blobId", "index", "data") VALUES ($1, $2, $3)`;

/** The size of the pieces a chunk is read in (the chunks are written whole). */
const PIECE_BYTES = 64 * 1024;

/** A few connections suffice: a reader or a writer has at most two chunk queries under way. */
const POOL_SIZE = 4;

export interface ChunkTable {
  /** Stores one chunk; `data` is not kept once the promise settles (the writer fills the buffer again). */
  insert(blobId: string, index: number, data: Buffer): Promise<void>;
  /**
   * The chunks `from`, `from + 1`, ... (at most `count`), in order, as far as they follow one another: fewer than
   * `count` at the end of the blob, or where one is missing. Each chunk's bytes come in pieces, in order.
   */
  selectFrom(blobId: string, from: number, count: number): Promise<Buffer[][]>;
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
    async selectFrom(blobId, from, count) {
      // One binary COPY for several chunks: raw bytes instead of hex text (postgres-copy-out.ts), one round trip
      // for `count` MiB, each chunk cut by the server into rows of PIECE_BYTES so that pg's receive buffer never
      // grows to hold a whole MiB. COPY takes no parameters: the id is quoted by pg, the numbers are integers.
      if (!Number.isSafeInteger(from) || !Number.isSafeInteger(count)) throw new Error("Chunk positions are integers");
      const rows = await copyRowsOut(
        pool,
        `SELECT c."index", p.n, substring(c."data" from p.n * ${PIECE_BYTES} + 1 for ${PIECE_BYTES}) ` +
          `FROM "StoredBlobChunk" c CROSS JOIN LATERAL generate_series(0, (length(c."data") - 1) / ${PIECE_BYTES}) AS p(n) ` +
          `WHERE c."blobId" = ${pg.escapeLiteral(blobId)} AND c."index" >= ${from} AND c."index" < ${from + count} ` +
          `ORDER BY c."index", p.n`,
      );
      const chunks: Buffer[][] = [];
      for (const [index, piece, data] of rows) {
        if (!index || !piece || !data) break;
        const position = index.readInt32BE(0);
        const pieceNumber = piece.readInt32BE(0);
        if (pieceNumber === 0 && position === from + chunks.length) chunks.push([data]);
        else if (pieceNumber > 0 && position === from + chunks.length - 1 && chunks.at(-1)!.length === pieceNumber)
          chunks.at(-1)!.push(data);
        else break;
      }
      return chunks;
    },
  };
}
