import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { keyFilePath, type KeyFile } from "./keyring";
import { MissingKeysError } from "./missing-keys";

/**
 * Where the keys come from. From the environment they cannot be changed by this process: every app
 * instance reads the same variable, so a new key must reach all of them through their configuration.
 */
export type KeySource = { kind: "environment"; content: KeyFile } | { kind: "file"; path: string; content: KeyFile };

export function readKeySource(): KeySource {
  const fromEnv = process.env.BREACHDESK_ENCRYPTION_KEYS;
  if (fromEnv) return { kind: "environment", content: JSON.parse(fromEnv) as KeyFile };
  const file = keyFilePath();
  if (!existsSync(file)) throw new MissingKeysError(file, "");
  return { kind: "file", path: file, content: JSON.parse(readFileSync(file, "utf8")) as KeyFile };
}

/**
 * A key id no key set ever used: the creation time and 48 random bits ("k-mfz3k2q1-9c41e07a5b3d"). Counting
 * (k1, k2, ...) is not enough: a key file lost and created again would start at k1 once more, and values
 * sealed under the two "k1"s could no longer be told apart. No ":" (it separates a sealed value's parts).
 */
export function newKeyId(now: Date = new Date()): string {
  return `k-${now.getTime().toString(36)}-${randomBytes(6).toString("hex")}`;
}

/** A new id that is neither in the keyring nor in `usedElsewhere` (the ids found in the database). */
export function nextKeyId(content: KeyFile, usedElsewhere: ReadonlySet<string> = new Set()): string {
  for (;;) {
    const id = newKeyId();
    if (!(id in content.keys) && !usedElsewhere.has(id)) return id;
  }
}

/** A new 32-byte key, made current; the old ones stay, in their order, to decrypt what they sealed. */
export function withNewCurrentKey(content: KeyFile, keyId: string = nextKeyId(content)): { content: KeyFile; keyId: string } {
  if (keyId in content.keys) throw new Error(`Key id "${keyId}" is already in the keyring`);
  return {
    keyId,
    content: { ...content, current: keyId, keys: { ...content.keys, [keyId]: randomBytes(32).toString("base64") } },
  };
}

/**
 * The keys without `retired`. The first key ever created also keys the blind indexes (sealed-text.ts
 * blindIndex); when it goes, it is kept as blindIndexKey, which decrypts nothing, so e-mail digests stay
 * comparable.
 */
export function withoutKeys(content: KeyFile, retired: readonly string[]): KeyFile {
  if (retired.includes(content.current)) throw new Error("The current key cannot be retired");
  const [firstId, firstKey] = Object.entries(content.keys)[0]!;
  const keys = Object.fromEntries(Object.entries(content.keys).filter(([id]) => !retired.includes(id)));
  const blindIndexKey = content.blindIndexKey ?? (retired.includes(firstId) ? firstKey : undefined);
  return { current: content.current, keys, ...(blindIndexKey && { blindIndexKey }) };
}
