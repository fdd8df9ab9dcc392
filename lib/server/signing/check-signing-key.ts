import type { Db } from "@/lib/db/client";
import { deploymentSigningKey } from "./deployment-signing-key";
import { signingKeyFileExists, signingKeyFilePath } from "./signing-key-file";

/**
 * At start, before serving: the signing key is read, or created while no checkpoint exists. Throws
 * MissingSigningKeyError when it is missing beside signed checkpoints, and names an unreadable key file;
 * lib/server/start-up-check.ts turns either into a refusal to start.
 */
export async function ensureSigningKeyAtStart(db: Db): Promise<{ file: string; keyId: string; created: boolean }> {
  const file = signingKeyFilePath();
  const existed = signingKeyFileExists(file);
  const key = await deploymentSigningKey(db);
  return { file, keyId: key.keyId, created: !existed };
}
