import type { Db } from "@/lib/db/client";
import { ensureEncryptionKeys, type KeysAtStart } from "./crypto/ensure-keys";
import { MissingKeysError } from "./crypto/missing-keys";
import { firstUnwritableFolder } from "./data-folders";
import { ensureSigningKeyAtStart } from "./signing/check-signing-key";
import { MissingSigningKeyError } from "./signing/missing-signing-key";

/** What stops a start, in one line for the log: the operator needs what and where, not a stack trace. */
export class StartRefused extends Error {
  constructor(message: string) {
    super(`Cannot start: ${message}`);
    this.name = "StartRefused";
  }
}

/** Before anything creates the database file or the key file in them. */
export async function checkDataFolders(): Promise<void> {
  const problem = await firstUnwritableFolder();
  if (problem) throw new StartRefused(problem);
}

export async function checkEncryptionKeys(db: Db): Promise<KeysAtStart> {
  try {
    return await ensureEncryptionKeys(db);
  } catch (error) {
    if (error instanceof MissingKeysError) throw new StartRefused(error.message);
    if (error instanceof Error && error.message.startsWith("BREACHDESK_ENCRYPTION_KEYS:")) throw new StartRefused(error.message);
    throw error;
  }
}

/** The key that signs audit checkpoints and packets: never replaced silently once it has signed. */
export async function checkSigningKey(db: Db): Promise<{ file: string; keyId: string; created: boolean }> {
  try {
    return await ensureSigningKeyAtStart(db);
  } catch (error) {
    if (error instanceof MissingSigningKeyError) throw new StartRefused(error.message);
    if (error instanceof Error && error.message.startsWith("Signing key file ")) throw new StartRefused(error.message);
    throw error;
  }
}

export async function checkBeforeStart(db: Db): Promise<KeysAtStart> {
  await checkDataFolders();
  const keys = await checkEncryptionKeys(db);
  await checkSigningKey(db);
  return keys;
}

/** Awaits a check; on a refusal prints its one line and ends the process with exit code 1. */
export async function orExit<T>(check: Promise<T>): Promise<T> {
  try {
    return await check;
  } catch (error) {
    if (!(error instanceof StartRefused)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}
