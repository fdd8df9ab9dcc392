import { randomBytes } from "node:crypto";
import { mkdir } from "node:fs/promises";
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

export async function ensureExportsDirectory(): Promise<void> {
  await mkdir(exportsDirectory(), { recursive: true, mode: 0o700 });
}
