import type pg from "pg";

/*
 * Rows out of PostgreSQL as raw bytes: `COPY (SELECT ...) TO STDOUT (FORMAT binary)`. pg 8 hands every value of
 * an ordinary result to JavaScript as text, so a bytea chunk of 1 MiB arrived as 2 MiB of hex: a string on the
 * heap (large-object space, freed only by a full collection) decoded into a third copy. In a binary COPY the
 * bytes come as they are stored, and each field is copied once, out of the protocol's buffer into its own Buffer.
 * pg runs such a query through its "submittable" interface (the one pg-copy-streams uses); the handlers below
 * are the ones pg's client calls on the active query.
 */

const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
/** Signature, flags (int32) and the length of the header extension (int32). */
const HEADER_BYTES = SIGNATURE.length + 8;

/**
 * Reads PostgreSQL's binary COPY format from pieces cut anywhere: a header, then per row an int16 field count
 * (-1 ends the data) and per field an int32 length (-1 for NULL) and its bytes. Calls `onRow` with each row's
 * fields (null for NULL), each a Buffer of its own.
 */
export class BinaryCopyReader {
  private readonly scratch = Buffer.alloc(HEADER_BYTES);
  /** Where the bytes being collected go, how many are wanted and how many have come. */
  private target: Buffer = this.scratch.subarray(0, HEADER_BYTES);
  private filled = 0;
  private state: "header" | "extension" | "fieldCount" | "fieldLength" | "field" | "ended" = "header";
  private fieldsLeft = 0;
  private row: (Buffer | null)[] = [];

  constructor(private readonly onRow: (fields: (Buffer | null)[]) => void) {}

  get ended(): boolean {
    return this.state === "ended";
  }

  push(piece: Buffer): void {
    let offset = 0;
    while (offset < piece.length) {
      if (this.state === "ended") throw new Error("Binary COPY data after its end");
      const take = Math.min(this.target.length - this.filled, piece.length - offset);
      piece.copy(this.target, this.filled, offset, offset + take);
      this.filled += take;
      offset += take;
      if (this.filled === this.target.length) this.complete();
    }
  }

  private expect(bytes: number, into?: Buffer): void {
    this.target = into ?? this.scratch.subarray(0, bytes);
    this.filled = 0;
  }

  /** The bytes wanted in the current state have all come: read them and say what comes next. */
  private complete(): void {
    switch (this.state) {
      case "header": {
        if (!this.scratch.subarray(0, SIGNATURE.length).equals(SIGNATURE)) throw new Error("Not PostgreSQL's binary COPY format");
        const extension = this.scratch.readInt32BE(SIGNATURE.length + 4);
        this.state = extension > 0 ? "extension" : "fieldCount";
        // The extension's bytes are skipped: nothing in it is needed here.
        this.expect(extension > 0 ? extension : 2, extension > 0 ? Buffer.alloc(extension) : undefined);
        return;
      }
      case "extension":
        this.state = "fieldCount";
        this.expect(2);
        return;
      case "fieldCount": {
        const count = this.scratch.readInt16BE(0);
        if (count === -1) {
          this.state = "ended";
          this.expect(0);
          return;
        }
        this.row = [];
        this.fieldsLeft = count;
        this.nextField();
        return;
      }
      case "fieldLength": {
        const length = this.scratch.readInt32BE(0);
        if (length === -1) {
          this.row.push(null);
          this.fieldsLeft -= 1;
          this.nextField();
          return;
        }
        this.state = "field";
        this.expect(length, Buffer.allocUnsafe(length));
        if (length === 0) this.complete();
        return;
      }
      case "field":
        this.row.push(this.target);
        this.fieldsLeft -= 1;
        this.nextField();
        return;
      case "ended":
        return;
    }
  }

  private nextField(): void {
    if (this.fieldsLeft > 0) {
      this.state = "fieldLength";
      this.expect(4);
      return;
    }
    const row = this.row;
    this.row = [];
    this.onRow(row);
    this.state = "fieldCount";
    this.expect(2);
  }
}

/** The parts of pg's connection a submittable is handed (pg's own type does not list them all). */
interface SubmittedTo {
  query(text: string): void;
}

/** A `COPY ... TO STDOUT (FORMAT binary)` run on one pg client; `rows` settles when the server is done. */
class CopyOut implements pg.Submittable {
  readonly rows: Promise<(Buffer | null)[][]>;
  private readonly collected: (Buffer | null)[][] = [];
  private readonly reader = new BinaryCopyReader((fields) => this.collected.push(fields));
  private failure: Error | undefined;
  private settle!: (error: Error | undefined) => void;

  constructor(private readonly text: string) {
    this.rows = new Promise((resolve, reject) => {
      let settled = false;
      this.settle = (error) => {
        if (settled) return;
        settled = true;
        if (error) reject(error);
        else resolve(this.collected);
      };
    });
  }

  submit(connection: pg.Connection): void {
    (connection as unknown as SubmittedTo).query(this.text);
  }

  handleCopyData(message: { chunk: Buffer }): void {
    // The chunk is a view of pg's receive buffer, which is reused: the reader copies what it keeps.
    try {
      if (!this.failure) this.reader.push(message.chunk);
    } catch (error) {
      this.failure = error as Error;
    }
  }

  handleCommandComplete(): void {
    if (!this.failure && !this.reader.ended) this.failure = new Error("Binary COPY data ended early");
  }

  /** A server error (then ready-for-query follows, with this query no longer active) or a dead connection. */
  handleError(error: Error): void {
    this.settle(error);
  }

  handleReadyForQuery(): void {
    this.settle(this.failure);
  }

  // Messages a COPY TO never brings; pg's client calls them on any active query.
  handleRowDescription(): void {
    this.failure ??= new Error("A COPY answered with rows");
  }

  handleDataRow(): void {}

  handleEmptyQuery(): void {
    this.failure ??= new Error("An empty COPY");
  }

  handlePortalSuspended(): void {}

  handleCopyInResponse(): void {
    this.failure ??= new Error("COPY TO answered as COPY FROM");
  }
}

/**
 * Runs `COPY (<select>) TO STDOUT (FORMAT binary)` on a client of the pool and gives each row's fields as
 * Buffers. COPY takes no parameters: the select must be built from literals quoted with pg's escapeLiteral.
 * The whole answer is held until the server is done, so the select must ask for a bounded amount.
 */
export async function copyRowsOut(pool: pg.Pool, select: string): Promise<(Buffer | null)[][]> {
  const client = await pool.connect();
  const copy = new CopyOut(`COPY (${select}) TO STDOUT (FORMAT binary)`);
  // A checked-out client that loses its connection emits "error" (and fails the COPY, which rejects below);
  // without a listener that event would end the process. pg-pool's own query() listens the same way.
  const ignore = () => {};
  client.on("error", ignore);
  try {
    client.query(copy);
    const rows = await copy.rows;
    client.removeListener("error", ignore);
    client.release();
    return rows;
  } catch (error) {
    client.removeListener("error", ignore);
    // A client whose COPY failed midway is not handed to the next query.
    client.release(error as Error);
    throw error;
  }
}
