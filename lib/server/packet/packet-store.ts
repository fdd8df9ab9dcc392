import { randomBytes } from "node:crypto";
import { mkdir, readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { dataDirectory } from "@/lib/db/database-url";

/** Exported packets live in <data folder>/exports/<exportId>.zip, readable only by the app's user. */
export function exportsDirectory(): string {
  return path.join(dataDirectory(), "exports");
}

const EXPORT_ID = /^[a-f0-9]{32}$/;

export function isExportId(value: string): boolean {
  return EXPORT_ID.test(value);
}

export function newExportId(): string {
  return randomBytes(16).toString("hex");
}

export function packetPath(exportId: string): string {
  if (!isExportId(exportId)) throw new Error("Malformed export id");
  return path.join(exportsDirectory(), `${exportId}.zip`);
}

/**
 * A finished packet holds decrypted copies of the incident's text and evidence, outside the key's reach:
 * key rotation cannot re-encrypt it and a stolen data folder would show it. So it is deleted a day after
 * it was written (README, "Accounts and security"); whoever needs it later exports it again.
 */
export const PACKET_LIFETIME_MS = 24 * 60 * 60 * 1000;

const PACKET_FILE = /^[a-f0-9]{32}\.zip(\.part)?$/;

/**
 * Deletes packets (and parts of exports that died) written more than `lifetimeMs` before `now`. Run at
 * start-up, before each export and by the reminder loop every minute. Returns the names deleted.
 */
export async function sweepExpiredPackets(now: Date = new Date(), lifetimeMs: number = PACKET_LIFETIME_MS): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(exportsDirectory());
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const deleted: string[] = [];
  for (const name of names.filter((candidate) => PACKET_FILE.test(candidate))) {
    const file = path.join(exportsDirectory(), name);
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

export async function ensureExportsDirectory(): Promise<void> {
  await mkdir(exportsDirectory(), { recursive: true, mode: 0o700 });
  await sweepExpiredPackets();
}
