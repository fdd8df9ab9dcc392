import { randomBytes } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { keyFilePath, loadKeyring, type KeyFile } from "./keyring";

/**
 * Where the keys come from. From the environment they cannot be changed by this process: every app
 * instance reads the same variable, so a new key must reach all of them through their configuration.
 */
export type KeySource = { kind: "environment"; content: KeyFile } | { kind: "file"; path: string; content: KeyFile };

export function readKeySource(): KeySource {
  const fromEnv = process.env.BREACHDESK_ENCRYPTION_KEYS;
  if (fromEnv) return { kind: "environment", content: JSON.parse(fromEnv) as KeyFile };
  const file = keyFilePath();
  // Nothing was encrypted yet: create the first key as the app would, so rotation has something to rotate.
  if (!existsSync(file)) loadKeyring();
  return { kind: "file", path: file, content: JSON.parse(readFileSync(file, "utf8")) as KeyFile };
}

/** k1, k2, ... k10: one more than the highest number in use, so an id is never reused. */
export function nextKeyId(content: KeyFile): string {
  const numbers = Object.keys(content.keys).map((id) => /^k(\d+)$/.exec(id)?.[1]);
  const highest = Math.max(0, ...numbers.map((n) => (n === undefined ? 0 : Number(n))));
  return `k${highest + 1}`;
}

/** A new 32-byte key, made current; the old ones stay, in their order, to decrypt what they sealed. */
export function withNewCurrentKey(content: KeyFile): { content: KeyFile; keyId: string } {
  const keyId = nextKeyId(content);
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
