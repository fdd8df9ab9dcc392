import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { keyFingerprint, publicKeyPem } from "@/lib/domain/audit/signature";
import { dataDirectory } from "@/lib/db/database-url";

/**
 * The signing key lives OUTSIDE the data folder: `keys/signing.json` beside it by default (./keys/signing.json
 * next to ./data), or wherever BREACHDESK_SIGNING_KEY_FILE says. A copy or backup of the data folder (database,
 * keys.json, attachments) then holds nothing that can re-sign a rewritten audit chain or packet; an operator
 * can put the file on another disk or mount, readable only by the app. It is never stored in the database.
 */
export function signingKeyFilePath(): string {
  const configured = process.env.BREACHDESK_SIGNING_KEY_FILE?.trim();
  if (configured) return path.resolve(/*turbopackIgnore: true*/ configured);
  return path.join(/*turbopackIgnore: true*/ path.dirname(dataDirectory()), "keys", "signing.json");
}

export interface SigningKey {
  /** SHA-256 of the raw public key, hex: the name published and compared. */
  keyId: string;
  publicKey: KeyObject;
  publicKeyPem: string;
  privateKey: KeyObject;
  createdAt: string;
}

interface SigningKeyFileContent {
  format: "breachdesk-signing-key/1";
  algorithm: "Ed25519";
  keyId: string;
  createdAt: string;
  publicKey: string;
  privateKey: string;
}

/** Reads and checks the key file; a file whose keyId is not its key's fingerprint is refused, not trusted. */
export function readSigningKeyFile(file: string): SigningKey {
  let content: SigningKeyFileContent;
  try {
    content = JSON.parse(readFileSync(file, "utf8")) as SigningKeyFileContent;
    const privateKey = createPrivateKey({ key: content.privateKey, format: "pem" });
    const publicKey = createPublicKey(privateKey);
    const keyId = keyFingerprint(publicKey);
    if (keyId !== content.keyId) throw new Error(`keyId ${content.keyId} is not the key's fingerprint ${keyId}`);
    return { keyId, publicKey, publicKeyPem: publicKeyPem(publicKey), privateKey, createdAt: content.createdAt };
  } catch (error) {
    throw new Error(`Signing key file ${file} is not usable: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

/**
 * Writes a fresh Ed25519 key, readable by its owner only. `wx`: when two processes start at once (the app and
 * a command), one writes and the other reads what it wrote, so there is never a second key.
 */
export function createSigningKeyFileOnce(file: string, now: Date): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync("ed25519");
  const content: SigningKeyFileContent = {
    format: "breachdesk-signing-key/1",
    algorithm: "Ed25519",
    keyId: keyFingerprint(publicKey),
    createdAt: now.toISOString(),
    publicKey: publicKeyPem(publicKey),
    privateKey: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  try {
    writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600, flag: "wx" });
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readSigningKeyFile(file);
}

export function signingKeyFileExists(file: string): boolean {
  return existsSync(file);
}
