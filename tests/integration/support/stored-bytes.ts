import { createWriteStream, existsSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { packetPath } from "@/lib/server/packet/packet-store";
import { blobStore, type BlobArea } from "@/lib/server/storage/blob-store";
import { blobFolder } from "@/lib/server/storage/folder-blob-store";
import type { TestContext } from "./test-context";

/*
 * What the deployment's store holds, read the way the app reads it (the data folder on SQLite, the database on
 * PostgreSQL), so the same test checks both.
 */
export async function storedBytes(ctx: TestContext, area: BlobArea, key: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await blobStore(ctx).open(area, key)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Overwrites what is stored, as someone with access to the storage behind the app's back could. */
export async function replaceStoredBytes(ctx: TestContext, area: BlobArea, key: string, bytes: Buffer): Promise<void> {
  await blobStore(ctx).write(area, key, Readable.from([bytes]));
}

/** Every name in the store's area, finished or not, sorted. */
export async function storedNames(ctx: TestContext, area: BlobArea): Promise<string[]> {
  if (blobStore(ctx).kind === "folder") return existsSync(blobFolder(area)) ? readdirSync(blobFolder(area)).sort() : [];
  const rows = await ctx.db.storedBlob.findMany({ where: { id: { startsWith: `${area}/` } }, select: { id: true, complete: true } });
  return rows.map((row) => `${row.id.slice(area.length + 1)}${row.complete ? "" : ".part"}`).sort();
}

/** A stored packet as a file that verify-packet can read: where it is on SQLite, a copy out of the database on PostgreSQL. */
export async function packetOnDisk(ctx: TestContext, exportId: string): Promise<string> {
  if (blobStore(ctx).kind === "folder") return packetPath(exportId);
  const file = path.join(mkdtempSync(path.join(tmpdir(), "bd-packet-")), `${exportId}.zip`);
  await pipeline(await blobStore(ctx).open("exports", exportId), createWriteStream(file));
  return file;
}
