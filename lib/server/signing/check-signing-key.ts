import type { Db } from "@/lib/db/client";
import { StartRefused } from "@/lib/server/start-up-check";
import { deploymentSigningKey } from "./deployment-signing-key";
import { MissingSigningKeyError } from "./missing-signing-key";
import { signingKeyFileExists, signingKeyFilePath } from "./signing-key-file";

/**
 * At start, before serving: the signing key is read, or created while no checkpoint exists. A key missing
 * beside signed checkpoints, or an unreadable key file, refuses the start in one line.
 */
export async function checkSigningKey(db: Db): Promise<{ file: string; keyId: string; created: boolean }> {
  const file = signingKeyFilePath();
  const existed = signingKeyFileExists(file);
  try {
    const key = await deploymentSigningKey(db);
    return { file, keyId: key.keyId, created: !existed };
  } catch (error) {
    if (error instanceof MissingSigningKeyError) throw new StartRefused(error.message);
    if (error instanceof Error && error.message.startsWith("Signing key file ")) throw new StartRefused(error.message);
    throw error;
  }
}
