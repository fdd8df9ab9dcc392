import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import { keyring, keyringWith, type Keyring } from "./keyring";

/*
 * Sensitive free text at rest (docs/ARCHITECTURE.md rule 6): AES-256-GCM with a fresh 96-bit IV per value.
 * Stored as "enc1:<keyId>:<iv>:<tag>:<ciphertext>" (base64url), so the key id travels with the value.
 */
const PREFIX = "enc1";

export function seal(plaintext: string, ring: Keyring = keyring()): string {
  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [PREFIX, ring.current, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${PREFIX}:`);
}

export function sealedKeyId(value: string): string | null {
  return isSealed(value) ? (value.split(":")[1] ?? null) : null;
}

export function unseal(sealed: string, ring?: Keyring): string {
  const [prefix, keyId, iv, tag, body] = sealed.split(":");
  if (prefix !== PREFIX || !keyId || !iv || !tag || body === undefined) throw new Error("Not an encrypted value");
  const key = (ring ?? keyringWith(keyId)).keys.get(keyId);
  if (!key) throw new Error(`Encryption key "${keyId}" is not available`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  // Decoded and decrypted in one step: this runs for every outbox message sent.
  return decipher.update(body, "base64url", "utf8") + decipher.final("utf8");
}

export const sealOptional = (value: string | null | undefined) => (value == null ? null : seal(value));
export const unsealOptional = (value: string | null | undefined) => (value == null ? null : unseal(value));

/**
 * A keyed digest for finding equal values (duplicate e-mail addresses) without storing them readably.
 * Keyed by the first key ever created, so digests stay comparable across rotations (once that key is
 * retired, the keyring keeps it as blindIndexKey for this use only).
 */
export function blindIndex(value: string, ring: Keyring = keyring()): string {
  const firstKey = ring.blindIndexKey ?? [...ring.keys.values()][0]!;
  return createHmac("sha256", firstKey).update(value).digest("hex");
}
