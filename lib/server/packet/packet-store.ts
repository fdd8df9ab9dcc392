import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
import { folderBlobStore, type BlobStore } from "@/lib/server/storage/blob-store";
import { blobFolder, blobPath } from "@/lib/server/storage/folder-blob-store";

/** On SQLite, exported packets live in <data folder>/exports/<exportId>.zip; on PostgreSQL, in the database. */
export function exportsDirectory(): string {
  return blobFolder("exports");
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
  return blobPath("exports", exportId);
}

/**
 * A finished packet holds decrypted copies of the incident's text and evidence, outside the key's reach:
 * key rotation cannot re-encrypt it and a stolen data folder would show it. So it is deleted a day after
 * it was written (README, "Accounts and security"); whoever needs it later exports it again.
 */
export const PACKET_LIFETIME_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes packets (and parts of exports that died) written more than `lifetimeMs` before `now`, wherever the
 * deployment keeps them (lib/server/storage). Run at start-up, before each export and by the reminder loop every
 * minute. Returns the names deleted.
 */
export async function sweepExpiredPackets(
  now: Date = new Date(),
  lifetimeMs: number = PACKET_LIFETIME_MS,
  store: BlobStore = folderBlobStore(),
): Promise<string[]> {
  return store.sweep("exports", now, lifetimeMs);
}

export async function ensureExportsDirectory(store: BlobStore): Promise<void> {
  if (store.kind === "folder") await mkdir(exportsDirectory(), { recursive: true, mode: 0o700 });
  await sweepExpiredPackets(new Date(), PACKET_LIFETIME_MS, store);
}
