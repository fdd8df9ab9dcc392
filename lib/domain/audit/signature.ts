/*
 * Ed25519 signatures for what leaves the system or must outlive a database edit (packets, audit checkpoints).
 * A key is named by its fingerprint, the SHA-256 of the raw 32-byte public key, which anyone can recompute
 * from the PEM with common tools (see the packet's VERIFY.txt), so the name itself cannot be forged.
 */
import { createHash, createPublicKey, sign, verify, type KeyObject } from "node:crypto";

const ED25519_SPKI_PREFIX = Buffer.from("302a300506032b6570032100", "hex");

/** The raw public key: the last 32 bytes of its SubjectPublicKeyInfo (DER). */
function rawPublicKey(publicKey: KeyObject): Buffer {
  const der = publicKey.export({ type: "spki", format: "der" });
  if (publicKey.asymmetricKeyType !== "ed25519" || der.length !== 44 || !der.subarray(0, 12).equals(ED25519_SPKI_PREFIX)) {
    throw new Error("not an Ed25519 public key");
  }
  return der.subarray(12);
}

export function keyFingerprint(publicKey: KeyObject): string {
  return createHash("sha256").update(rawPublicKey(publicKey)).digest("hex");
}

/** Reads an Ed25519 public key from PEM; throws with the reason on anything else. */
export function publicKeyFromPem(pem: string | Buffer): KeyObject {
  const key = createPublicKey({ key: pem, format: "pem" });
  rawPublicKey(key);
  return key;
}

export function publicKeyPem(publicKey: KeyObject): string {
  return publicKey.export({ type: "spki", format: "pem" }).toString();
}

/** Ed25519 signs the message itself (no separate digest), hence the null algorithm. */
export function signBytes(privateKey: KeyObject, message: Uint8Array): Buffer {
  return sign(null, message, privateKey);
}

export function verifyBytes(publicKey: KeyObject, message: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 64) return false;
  try {
    return verify(null, message, publicKey, signature);
  } catch {
    return false;
  }
}

/** "3f2a9c41…e07a": enough to compare by eye, with the full value printed beside it where it matters. */
export function shortFingerprint(keyId: string): string {
  return keyId.length > 16 ? `${keyId.slice(0, 8)}…${keyId.slice(-8)}` : keyId;
}
