import { describe, expect, it } from "vitest";
import { BinaryCopyReader } from "@/lib/server/storage/postgres-copy-out";

/* PostgreSQL's binary COPY format, as the server sends it (docs: "COPY", "Binary Format"), read from pieces cut anywhere. */

const int16 = (value: number) => {
  const bytes = Buffer.alloc(2);
  bytes.writeInt16BE(value);
  return bytes;
};
const int32 = (value: number) => {
  const bytes = Buffer.alloc(4);
  bytes.writeInt32BE(value);
  return bytes;
};
const header = (extension = Buffer.alloc(0)) =>
  Buffer.concat([Buffer.from("PGCOPY\n\xff\r\n\0", "latin1"), int32(0), int32(extension.length), extension]);
const row = (...fields: (Buffer | null)[]) =>
  Buffer.concat([int16(fields.length), ...fields.flatMap((field) => (field === null ? [int32(-1)] : [int32(field.length), field]))]);
const trailer = int16(-1);

function read(pieces: Buffer[]): { rows: (Buffer | null)[][]; ended: boolean } {
  const rows: (Buffer | null)[][] = [];
  const reader = new BinaryCopyReader((fields) => rows.push(fields));
  for (const piece of pieces) reader.push(piece);
  return { rows, ended: reader.ended };
}

const bytes = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 7) % 256));
const stream = Buffer.concat([header(), row(int32(0), bytes), row(int32(1), null), row(int32(2), Buffer.alloc(0)), trailer]);
const expected = [
  [int32(0), bytes],
  [int32(1), null],
  [int32(2), Buffer.alloc(0)],
];

describe("reading PostgreSQL's binary COPY output", () => {
  it("gives each row's fields, NULL as null, an empty value as an empty buffer, and knows where the data ends", () => {
    expect(read([stream])).toEqual({ rows: expected, ended: true });
  });

  it("gives the same rows whichever byte the pieces are cut at, one byte at a time included", () => {
    for (let cut = 1; cut < stream.length; cut++)
      expect(read([stream.subarray(0, cut), stream.subarray(cut)]).rows, `cut at ${cut}`).toEqual(expected);
    expect(read([...stream].map((byte) => Buffer.from([byte])))).toEqual({ rows: expected, ended: true });
  });

  it("keeps its own copy of each value, so pg may reuse the buffer it handed over", () => {
    const piece = Buffer.from(stream);
    const { rows } = read([piece]);
    piece.fill(0);
    expect(rows).toEqual(expected);
  });

  it("skips a header extension", () => {
    expect(read([Buffer.concat([header(Buffer.from("future")), row(int32(5)), trailer])]).rows).toEqual([[int32(5)]]);
  });

  it("is not ended while the trailer has not come", () => {
    expect(read([stream.subarray(0, stream.length - 1)]).ended).toBe(false);
  });

  it("refuses what is not the binary COPY format, and bytes after the end", () => {
    expect(() => read([Buffer.from("not a copy stream at all")])).toThrow(/binary COPY/);
    expect(() => read([stream, Buffer.from([0])])).toThrow(/after its end/);
  });
});
