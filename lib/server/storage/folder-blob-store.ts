import { createReadStream, createWriteStream } from "node:fs";
import { mkdir, readdir, rename, rm, stat } from "node:fs/promises";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { dataDirectory } from "@/lib/db/database-url";
import { missingBlob, type BlobArea, type BlobStore } from "./stored-blob";

const KEY = /^[a-f0-9]{32}$/;
const SUFFIX: Record<BlobArea, string> = { attachments: "", exports: ".zip" };
const STORED_NAME = /^([a-f0-9]{32})(\.zip)?(\.part)?$/;

/** <data folder>/attachments/<key> and <data folder>/exports/<key>.zip, readable only by the app's user. */
export function blobFolder(area: BlobArea): string {
  return path.join(dataDirectory(), area);
}

export function blobPath(area: BlobArea, key: string): string {
  if (!KEY.test(key)) throw new Error(`Malformed ${area} storage key`);
  return path.join(blobFolder(area), `${key}${SUFFIX[area]}`);
}

/** The data folder as the store: one file per blob, written beside as ".part" and renamed once complete. */
export class FolderBlobStore implements BlobStore {
  readonly kind = "folder";

  async write(area: BlobArea, key: string, source: Readable): Promise<number> {
    const target = blobPath(area, key);
    const partial = `${target}.part`;
    await mkdir(blobFolder(area), { recursive: true, mode: 0o700 });
    try {
      await pipeline(source, createWriteStream(partial, { mode: 0o600 }));
    } catch (error) {
      await rm(partial, { force: true });
      throw error;
    }
    await rename(partial, target);
    return (await stat(target)).size;
  }

  async open(area: BlobArea, key: string): Promise<Readable> {
    const file = blobPath(area, key);
    if ((await this.size(area, key)) === null) throw missingBlob(area, key);
    return createReadStream(file, { highWaterMark: 64 * 1024 });
  }

  async size(area: BlobArea, key: string): Promise<number | null> {
    try {
      return (await stat(blobPath(area, key))).size;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
      throw error;
    }
  }

  async remove(area: BlobArea, key: string): Promise<void> {
    await rm(blobPath(area, key), { force: true });
  }

  async sweep(area: BlobArea, now: Date, lifetimeMs: number): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(blobFolder(area));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
    const deleted: string[] = [];
    for (const name of names) {
      const match = STORED_NAME.exec(name);
      if (!match || (match[2] ?? "") !== SUFFIX[area]) continue;
      const file = path.join(blobFolder(area), name);
      try {
        if (now.getTime() - (await stat(file)).mtimeMs <= lifetimeMs) continue;
        await rm(file, { force: true });
        deleted.push(name);
      } catch (error) {
        // Deleted meanwhile by another instance's sweep: nothing left to do.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
    return deleted;
  }
}
