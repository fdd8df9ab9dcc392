import { createHash } from "node:crypto";
import type { Readable } from "node:stream";
import { crc32 } from "node:zlib";
import * as yauzl from "yauzl";

export type ZipReader = yauzl.ZipFile;
export type ZipEntry = yauzl.Entry;

/**
 * Opens a ZIP by its central directory (yauzl reads it from the end of the file) so that any entry can be
 * streamed on its own, in any order, without reading the whole archive into memory.
 */
export async function openZip(path: string): Promise<ZipReader> {
  return yauzl.openPromise(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true });
}

/** The central directory's entries: names and sizes only, never file contents. */
export async function listEntries(zip: ZipReader): Promise<ZipEntry[]> {
  const entries: ZipEntry[] = [];
  for await (const entry of zip.eachEntry()) entries.push(entry);
  return entries;
}

export interface EntryDigest {
  size: number;
  sha256: string;
  /** True when the bytes match the CRC-32 the ZIP recorded for them. */
  crcMatches: boolean;
}

/**
 * Streams one entry's uncompressed bytes through sha256 and CRC-32, handing each chunk to `onChunk`
 * as well (the audit checker reads audit.jsonl this way, in the same pass).
 */
export async function digestEntry(zip: ZipReader, entry: ZipEntry, onChunk?: (chunk: Buffer) => void): Promise<EntryDigest> {
  const stream: Readable = await zip.openReadStreamPromise(entry);
  const hash = createHash("sha256");
  let crc = 0;
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    hash.update(chunk);
    crc = crc32(chunk, crc);
    size += chunk.length;
    onChunk?.(chunk);
  }
  return { size, sha256: hash.digest("hex"), crcMatches: crc >>> 0 === entry.crc32 >>> 0 };
}
