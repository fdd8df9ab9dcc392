import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/db/database-url";

/*
 * The running app writes its public URL into the data folder once it listens, so that a `breachdesk` command
 * run in another terminal (which does not see the app's PORT) prints links that work. APP_URL and HOST/PORT
 * set for the command still win: see lib/config/link-base.ts.
 */
export const RECORDED_APP_URL_FILE = "app-url.json";

interface RecordedAppUrl {
  url: string;
  recordedAt: string;
}

/** Written next to the file and renamed over it, so a command never reads half a record. */
export function recordAppUrl(url: string, now: Date = new Date(), folder: string = dataDirectory()): string {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const file = path.join(folder, RECORDED_APP_URL_FILE);
  const record: RecordedAppUrl = { url: url.replace(/\/+$/, ""), recordedAt: now.toISOString() };
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(record, null, 2)}\n`, { mode: 0o600 });
  renameSync(temporary, file);
  return file;
}

/** The URL the app last recorded in this data folder; null when none was, or the file is not a record of one. */
export function recordedAppUrl(folder: string = dataDirectory()): string | null {
  let text: string;
  try {
    text = readFileSync(path.join(folder, RECORDED_APP_URL_FILE), "utf8");
  } catch {
    return null;
  }
  try {
    const { url } = JSON.parse(text) as Partial<RecordedAppUrl>;
    if (typeof url !== "string") return null;
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? url.replace(/\/+$/, "") : null;
  } catch {
    return null;
  }
}
