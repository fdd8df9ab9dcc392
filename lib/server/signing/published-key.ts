import { getDb, type Db } from "@/lib/db/client";
import { deploymentSigningKey } from "./deployment-signing-key";

/** What anyone may know about the deployment's signing key: the public half and its fingerprint, nothing else. */
export interface PublishedSigningKey {
  algorithm: "Ed25519";
  /** SHA-256 of the raw 32-byte public key, hex. */
  keyId: string;
  publicKey: string;
  /** How to recompute the fingerprint from the PEM with common tools. */
  fingerprintCommand: string;
}

export const FINGERPRINT_COMMAND = "openssl pkey -pubin -in signing-key.pem -outform DER | tail -c 32 | sha256sum";

/** `db` defaults to the app's database (DATABASE_URL), consulted only when the key file must be created. */
export async function publishedSigningKey(db?: Db): Promise<PublishedSigningKey> {
  const key = await deploymentSigningKey(db ?? (await getDb()).db);
  return { algorithm: "Ed25519", keyId: key.keyId, publicKey: key.publicKeyPem, fingerprintCommand: FINGERPRINT_COMMAND };
}
