import { randomBytes } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { dataDirectory } from "@/lib/db/database-url";

/** Data-encryption keys by id; `current` encrypts, every key decrypts (so keys can rotate). */
export interface Keyring {
  current: string;
  keys: Map<string, Buffer>;
}

interface KeyFile {
  current: string;
  keys: Record<string, string>;
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
 * otherwise the key file in the data folder, created with a fresh key on first run, readable by its owner only.
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
    parsed = { current: "k1", keys: { k1: randomBytes(32).toString("base64") } };
    saveKeyFile(parsed);
  }
  const keys = new Map(Object.entries(parsed.keys).map(([id, value]) => [id, decodeKey(id, value)]));
  if (!keys.has(parsed.current)) throw new Error(`Encryption key "${parsed.current}" is named current but is missing`);
  return { current: parsed.current, keys };
}

export function saveKeyFile(content: KeyFile) {
  const file = keyFilePath();
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`, { mode: 0o600 });
  chmodSync(file, 0o600);
}

let cached: Keyring | undefined;

export function keyring(): Keyring {
  cached ??= loadKeyring();
  return cached;
}

/** For key rotation and tests: forget the loaded keys so the next use reads them again. */
export function resetKeyringCache() {
  cached = undefined;
}
