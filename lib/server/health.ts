import path from "node:path";
import { getDb, type Db } from "@/lib/db/client";
import { dataDirectory } from "@/lib/db/database-url";
import { keysReadTheData } from "./crypto/keys-health";
import { checkFolderWritable, dataFolders } from "./data-folders";

export type Health = { status: "ok" } | { status: "unavailable"; problem: string };

/** The slower checks (a file written per folder, a few rows decrypted) run at most this often. */
const DEEP_CHECK_MS = 30_000;
let deepCheck: { at: number; result: Promise<string | null> } | undefined;

/** A folder by its place in the data folder ("data folder", "attachments"): the answer is public, its path is not. */
function folderName(folder: string): string {
  const relative = path.relative(dataDirectory(), folder);
  return relative === "" ? "data folder" : relative;
}

async function deepProblem(db: Db): Promise<string | null> {
  for (const folder of dataFolders()) {
    if (await checkFolderWritable(folder)) return `folder not writable: ${folderName(folder)}`;
  }
  return (await keysReadTheData(db)) ? null : "encryption keys cannot read the stored data";
}

/**
 * The app can serve requests when its database answers, its folders take writes and its keys read the
 * data. The answer names the failing part (database, a folder by its name, the keys), nothing more.
 */
export async function checkHealth(now = Date.now()): Promise<Health> {
  let db: Db;
  try {
    db = (await getDb()).db;
    await db.$queryRawUnsafe("SELECT 1");
  } catch {
    return { status: "unavailable", problem: "database" };
  }
  if (!deepCheck || now - deepCheck.at > DEEP_CHECK_MS) deepCheck = { at: now, result: deepProblem(db).catch(() => "database") };
  const problem = await deepCheck.result;
  return problem ? { status: "unavailable", problem } : { status: "ok" };
}

/** For tests: the next checkHealth runs every check again. */
export function forgetHealthChecks() {
  deepCheck = undefined;
}
