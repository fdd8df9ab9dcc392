import { randomBytes } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { dataDirectory } from "@/lib/db/database-url";

/** The folders the app writes to: the data folder and the ones it keeps inside (attachments, exports, the outbox's journal). */
export function dataFolders(): string[] {
  const root = dataDirectory();
  return [root, path.join(root, "attachments"), path.join(root, "exports"), path.join(root, "outbox-journal")];
}

const REASONS: Record<string, string> = {
  EROFS: "is on a read-only file system",
  EACCES: "is not writable by this process (permission denied)",
  EPERM: "is not writable by this process (operation not permitted)",
  ENOSPC: "is on a full disk",
  EDQUOT: "is over its disk quota",
  ENOTDIR: "is not a folder",
  EEXIST: "is not a folder",
};

/** Why a file operation failed, when the folder is the cause ("is on a read-only file system"); null otherwise. */
export function folderReason(error: unknown): string | null {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return (code && REASONS[code]) || null;
}

/** For the operator's log: the folder by its path. */
export function folderProblem(folder: string, error: unknown): string | null {
  const reason = folderReason(error);
  return reason ? `The folder ${folder} ${reason}.` : null;
}

/** For the person using the app: what failed and who can fix it, without the server's paths. */
export function folderProblemForPeople(what: string, folderName: string, error: unknown): string | null {
  const reason = folderReason(error);
  return reason ? `${what} could not be saved: the server's ${folderName} folder ${reason}. Please tell your administrator.` : null;
}

/** Creates the folder if needed and writes and removes a small file in it: the only proof that writing works. */
export async function checkFolderWritable(folder: string): Promise<string | null> {
  const probe = path.join(folder, `.write-check-${randomBytes(6).toString("hex")}`);
  try {
    await mkdir(folder, { recursive: true, mode: 0o700 });
    await writeFile(probe, "");
    await rm(probe, { force: true });
    return null;
  } catch (error) {
    return folderProblem(folder, error) ?? `The folder ${folder} cannot be written (${(error as Error).message}).`;
  }
}

/** The first folder the app cannot write to, described; null when all are writable. */
export async function firstUnwritableFolder(folders: string[] = dataFolders()): Promise<string | null> {
  for (const folder of folders) {
    const problem = await checkFolderWritable(folder);
    if (problem) return problem;
  }
  return null;
}
