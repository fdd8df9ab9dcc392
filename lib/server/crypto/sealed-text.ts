import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";
import type { ENCRYPTED_COLUMNS, EncryptedTable } from "./encrypted-columns";
import { keyring, keyringWith, type Keyring } from "./keyring";

/*
 * Sensitive free text at rest (docs/ARCHITECTURE.md rule 6): AES-256-GCM with a fresh 96-bit IV per value.
 * Stored as "enc2:<keyId>:<iv>:<tag>:<ciphertext>" (base64url), so the key id travels with the value.
 * The associated data names the value's place, "<table>.<column>:<row id>": a value copied into another
 * row (another practice's incident) or another column fails its tag check instead of reading as that
 * row's. "enc1" values, sealed before the binding existed, carry no associated data: they are still read,
 * and key rotation (or the start-up upgrade) rewrites them as "enc2".
 */
const BOUND = "enc2";
const UNBOUND = "enc1";

/** Where a sealed value lives: its table, its column, and the id of its row. */
export interface SealedPlace {
  table: string;
  column: string;
  id: string;
}

/** The place of a value of one of ENCRYPTED_COLUMNS, its column name checked against the list. */
export function at<T extends EncryptedTable>(table: T, column: (typeof ENCRYPTED_COLUMNS)[T][number], id: string): SealedPlace {
  return { table, column, id };
}

const associatedData = (place: SealedPlace) => Buffer.from(`${place.table}.${place.column}:${place.id}`, "utf8");

export function seal(plaintext: string, place: SealedPlace, ring: Keyring = keyring()): string {
  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  cipher.setAAD(associatedData(place));
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [BOUND, ring.current, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

/** The format before values were bound to their place; kept for tests of the upgrade path only. */
export function sealUnbound(plaintext: string, ring: Keyring = keyring()): string {
  const key = ring.keys.get(ring.current)!;
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [UNBOUND, ring.current, iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), body.toString("base64url")].join(":");
}

export function isSealed(value: string): boolean {
  return value.startsWith(`${BOUND}:`) || value.startsWith(`${UNBOUND}:`);
}

/** True for a value in the old format, without associated data: rotation rewrites these even under the current key. */
export function isUnbound(value: string): boolean {
  return value.startsWith(`${UNBOUND}:`);
}

export function sealedKeyId(value: string): string | null {
  return isSealed(value) ? (value.split(":")[1] ?? null) : null;
}

/** Both formats' prefixes for one key, for finding the rows a key still protects. */
export const sealedPrefixes = (keyId: string) => [`${BOUND}:${keyId}:`, `${UNBOUND}:${keyId}:`];

export class SealedPlaceMismatch extends Error {
  constructor(place: SealedPlace) {
    super(
      `The encrypted value of ${place.table}.${place.column} for row ${place.id} cannot be decrypted: it ` +
        `was not sealed for this row and column (copied from elsewhere, or altered)`,
    );
    this.name = "SealedPlaceMismatch";
  }
}

export function unseal(sealed: string, place: SealedPlace, ring?: Keyring): string {
  const [prefix, keyId, iv, tag, body] = sealed.split(":");
  if ((prefix !== BOUND && prefix !== UNBOUND) || !keyId || !iv || !tag || body === undefined) {
    throw new Error(`The value of ${place.table}.${place.column} for row ${place.id} is not an encrypted value`);
  }
  const key = (ring ?? keyringWith(keyId)).keys.get(keyId);
  if (!key) throw new Error(`Encryption key "${keyId}" is not available`);
  const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
  if (prefix === BOUND) decipher.setAAD(associatedData(place));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  // Decoded and decrypted in one step: this runs for every outbox message sent.
  const text = decipher.update(body, "base64url", "utf8");
  try {
    return text + decipher.final("utf8");
  } catch {
    throw new SealedPlaceMismatch(place);
  }
}

export const sealOptional = (value: string | null | undefined, place: SealedPlace) => (value == null ? null : seal(value, place));
export const unsealOptional = (value: string | null | undefined, place: SealedPlace) => (value == null ? null : unseal(value, place));

/**
 * For columns encrypted since an upgrade (titles, rationales, filing references...): a value still in clear
 * was written before it and is shown as it is until the start-up upgrade seals it (lib/server/crypto/seal-plaintext-columns.ts).
 */
export const openMaybeSealed = (value: string, place: SealedPlace) => (isSealed(value) ? unseal(value, place) : value);
export const openMaybeSealedOptional = (value: string | null | undefined, place: SealedPlace) =>
  value == null ? null : openMaybeSealed(value, place);

/**
 * A keyed digest for finding equal values (duplicate e-mail addresses) without storing them readably.
 * Keyed by the first key ever created, so digests stay comparable across rotations (once that key is
 * retired, the keyring keeps it as blindIndexKey for this use only).
 */
export function blindIndex(value: string, ring: Keyring = keyring()): string {
  const firstKey = ring.blindIndexKey ?? [...ring.keys.values()][0]!;
  return createHmac("sha256", firstKey).update(value).digest("hex");
}
