import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/server/transaction";
import { MissingSigningKeyError } from "./missing-signing-key";
import {
  createSigningKeyFileOnce,
  readSigningKeyFile,
  signingKeyFileExists,
  signingKeyFilePath,
  type SigningKey,
} from "./signing-key-file";

let cached: { file: string; key: SigningKey } | undefined;

/**
 * This deployment's signing key: the key file if it exists; created on first use only while the database
 * holds no signed checkpoint (otherwise MissingSigningKeyError: never silently replaced once it has signed).
 * Kept in memory after the first read; the file is read again if BREACHDESK_SIGNING_KEY_FILE changes.
 */
export async function deploymentSigningKey(db: Db | Tx, now: Date = new Date()): Promise<SigningKey> {
  const file = signingKeyFilePath();
  if (cached?.file === file) return cached.key;
  let key: SigningKey;
  if (signingKeyFileExists(file)) {
    key = readSigningKeyFile(file);
  } else {
    const checkpoints = await db.auditCheckpoint.count();
    if (checkpoints > 0) throw new MissingSigningKeyError(file, checkpoints);
    key = createSigningKeyFileOnce(file, now);
  }
  cached = { file, key };
  return key;
}

/** The public half only, for verifying: never creates a key (a verifier must not mint the key it checks against). */
export function existingDeploymentKey(): SigningKey | null {
  const file = signingKeyFilePath();
  if (cached?.file === file) return cached.key;
  return signingKeyFileExists(file) ? readSigningKeyFile(file) : null;
}

/** For tests that swap key files. */
export function forgetSigningKey(): void {
  cached = undefined;
}
