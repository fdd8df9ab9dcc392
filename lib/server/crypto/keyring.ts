import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/db/database-url";
import { MissingKeysError } from "./missing-keys";

/** Data-encryption keys by id; `current` encrypts, every key decrypts (so keys can rotate). */
export interface Keyring {
  current: string;
  keys: Map<string, Buffer>;
  /** Set once the first key was retired: it keeps keyed digests (blindIndex) comparable, and decrypts nothing. */
  blindIndexKey?: Buffer;
}

/** The key file's content, and the JSON of BREACHDESK_ENCRYPTION_KEYS. Keys are base64, in creation order. */
export interface KeyFile {
  current: string;
  keys: Record<string, string>;
  blindIndexKey?: string;
}

function decodeKey(id: string, base64: string): Buffer {
  const key = Buffer.from(base64, "base64");
  if (key.length !== 32) throw new Error(`Encryption key "${id}" must be 32 bytes, base64-encoded (got ${key.length} bytes)`);
  return key;
}

export function keyFilePath(): string {
  return path.join(dataDirectory(), "keys.json");
}

/**
 * BREACHDESK_ENCRYPTION_KEYS (JSON like the key file) wins, for several instances sharing one database;
 * otherwise the key file in the data folder (readable by its owner only). A missing file is an error, never
 * silently replaced: see ensureEncryptionKeys for the one case where it is created.
 */
export function loadKeyring(): Keyring {
  const fromEnv = process.env.BREACHDESK_ENCRYPTION_KEYS;
  const file = keyFilePath();
  let parsed: KeyFile;
  if (fromEnv) {
    parsed = JSON.parse(fromEnv) as KeyFile;
  } else if (existsSync(file)) {
    parsed = JSON.parse(readFileSync(file, "utf8")) as KeyFile;
  } else {
    // Created only by ensureEncryptionKeys, which first checks that the database holds nothing sealed.
    throw new MissingKeysError(file, "");
  }
  return keyringFrom(parsed);
}

/** The keys of a key file's content (or of BREACHDESK_ENCRYPTION_KEYS), checked. */
export function keyringFrom(content: KeyFile): Keyring {
  const keys = new Map(Object.entries(content.keys).map(([id, value]) => [id, decodeKey(id, value)]));
  if (!keys.has(content.current)) throw new Error(`Encryption key "${content.current}" is named current but is missing`);
  const ring: Keyring = { current: content.current, keys };
  if (content.blindIndexKey) ring.blindIndexKey = decodeKey("blindIndexKey", content.blindIndexKey);
  return ring;
}

/** Two processes starting at once (the app and the CLI) must not each write a different first key. */
export function createKeyFileOnce(keyId: string): KeyFile {
  const file = keyFilePath();
  const fresh: KeyFile = { current: keyId, keys: { [keyId]: randomBytes(32).toString("base64") } };
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    writeFileSync(file, `${JSON.stringify(fresh, null, 2)}\n`, { mode: 0o600, flag: "wx" });
    return fresh;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    return JSON.parse(readFileSync(file, "utf8")) as KeyFile;
  }
}

/** Written aside and renamed into place: a running app reloading the keys never reads half a file. */
export function saveKeyFile(content: KeyFile) {
  const file = keyFilePath();
  mkdirSync(path.dirname(file), { recursive: true });
  const partial = `${file}.${process.pid}.tmp`;
  writeFileSync(partial, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(partial, 0o600);
  renameSync(partial, file);
}

let cached: Keyring | undefined;
let cachedFileVersion: number | undefined;
let lastFileCheck = 0;

/** When `breachdesk keys rotate` rewrote the key file, a running app picks up the new key within a second or two. */
function keyFileVersion(): number | undefined {
  if (process.env.BREACHDESK_ENCRYPTION_KEYS) return undefined;
  try {
    return statSync(keyFilePath()).mtimeMs;
  } catch {
    return undefined;
  }
}

export function keyring(): Keyring {
  const now = Date.now();
  if (cached && now - lastFileCheck > 2000) {
    lastFileCheck = now;
    if (keyFileVersion() !== cachedFileVersion) cached = undefined;
  }
  if (!cached) {
    cached = loadKeyring();
    cachedFileVersion = keyFileVersion();
    lastFileCheck = now;
  }
  return cached;
}

/**
 * The keyring, read again if it lacks `keyId`: a value sealed by a newer key (rotated by the CLI while
 * this process runs) is then readable at once.
 */
export function keyringWith(keyId: string): Keyring {
  const ring = keyring();
  if (ring.keys.has(keyId)) return ring;
  resetKeyringCache();
  return keyring();
}

/** For key rotation and tests: forget the loaded keys so the next use reads them again. */
export function resetKeyringCache() {
  cached = undefined;
  cachedFileVersion = undefined;
}
