import { createHash } from "node:crypto";
import { readdir, stat } from "node:fs/promises";
import type { Readable } from "node:stream";
import type { ServiceContext } from "@/lib/server/service-context";
import { databaseBlobStore } from "./blob-store";
import { blobFolder, FolderBlobStore } from "./folder-blob-store";
import type { BlobArea } from "./stored-blob";

export interface FilesMoved {
  attachments: { moved: number; alreadyMoved: number; missing: string[] };
  packets: { moved: number };
}

async function sha256Of(stream: Readable): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of stream) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/**
 * `breachdesk storage migrate` (PostgreSQL): moves the attachments and packets still in this instance's data
 * folder into the database, one file at a time. Each file is copied as it is (still encrypted), read back from
 * the database and compared byte for byte (SHA-256), and only then deleted. Stopped at any point and run again,
 * it loses nothing: a copy cut short is never complete, so it is written again; a file copied but not yet
 * deleted is compared again and then deleted.
 */
export async function moveFilesToDatabase(
  ctx: Pick<ServiceContext, "db" | "provider">,
  options: { onFile?: (area: BlobArea, key: string) => void } = {},
): Promise<FilesMoved> {
  if (ctx.provider !== "postgresql") throw new Error("Only a PostgreSQL deployment keeps its files in the database");
  const folder = new FolderBlobStore();
  const database = databaseBlobStore(ctx.db);
  const report: FilesMoved = { attachments: { moved: 0, alreadyMoved: 0, missing: [] }, packets: { moved: 0 } };

  const move = async (area: BlobArea, key: string, createdAt?: Date) => {
    const size = await folder.size(area, key);
    if (size === null) return false;
    if ((await database.size(area, key)) !== size) {
      await database.write(area, key, await folder.open(area, key));
      // A packet keeps its age, so it still expires a day after its export.
      if (createdAt) await ctx.db.storedBlob.update({ where: { id: `${area}/${key}` }, data: { createdAt } });
    }
    const [inFolder, inDatabase] = await Promise.all([sha256Of(await folder.open(area, key)), sha256Of(await database.open(area, key))]);
    if (inFolder !== inDatabase) throw new Error(`${area}/${key}: the copy in the database differs from the file; the file was kept`);
    await folder.remove(area, key);
    options.onFile?.(area, key);
    return true;
  };

  let lastId: string | undefined;
  for (;;) {
    const rows = await ctx.db.attachment.findMany({
      where: lastId === undefined ? {} : { id: { gt: lastId } },
      select: { id: true, storageKey: true },
      orderBy: { id: "asc" },
      take: 100,
    });
    if (rows.length === 0) break;
    lastId = rows[rows.length - 1]!.id;
    for (const row of rows) {
      if (await move("attachments", row.storageKey)) report.attachments.moved++;
      else if ((await database.size("attachments", row.storageKey)) !== null) report.attachments.alreadyMoved++;
      else report.attachments.missing.push(row.id);
    }
  }

  let names: string[] = [];
  try {
    names = await readdir(blobFolder("exports"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  for (const name of names) {
    const match = /^([a-f0-9]{32})\.zip$/.exec(name);
    if (!match) continue;
    const { mtime } = await stat(`${blobFolder("exports")}/${name}`);
    if (await move("exports", match[1]!, mtime)) report.packets.moved++;
  }
  return report;
}
