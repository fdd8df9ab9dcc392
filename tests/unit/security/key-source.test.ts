import { describe, expect, it } from "vitest";
import { newKeyId, nextKeyId, withNewCurrentKey, withoutKeys } from "@/lib/server/crypto/key-source";
import type { KeyFile } from "@/lib/server/crypto/keyring";

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64");
const file = (current: string, ...ids: string[]): KeyFile => ({ current, keys: Object.fromEntries(ids.map((id, n) => [id, key(n + 1)])) });

describe("key ids", () => {
  // A counter (k1, k2, ...) starts again at k1 when a key file is lost and created anew: two keys, one id.
  it("are never a counter: time and randomness, no ':' (the sealed value's separator)", () => {
    const ids = new Set(Array.from({ length: 1000 }, () => newKeyId(new Date("2026-03-27T09:00:00Z"))));
    expect(ids.size).toBe(1000);
    for (const id of ids) expect(id).toMatch(/^k-[0-9a-z]+-[0-9a-f]{12}$/);
    expect(newKeyId(new Date("2026-03-27T09:00:00Z")).startsWith(`k-${Date.parse("2026-03-27T09:00:00Z").toString(36)}-`)).toBe(true);
  });

  it("avoid every id in the keyring and every id found in the database", () => {
    const id = nextKeyId(file("k1", "k1", "k2"), new Set(["k3"]));
    expect(["k1", "k2", "k3"]).not.toContain(id);
    expect(nextKeyId(file("k1", "k1"))).not.toBe("k2");
  });
});

describe("a new current key", () => {
  it("is 32 random bytes, added after the old keys, which stay", () => {
    const { content, keyId } = withNewCurrentKey(file("k1", "k1"));
    expect(keyId).toMatch(/^k-/);
    expect(content.current).toBe(keyId);
    expect(Object.keys(content.keys)).toEqual(["k1", keyId]);
    expect(content.keys.k1).toBe(key(1));
    expect(Buffer.from(content.keys[keyId]!, "base64")).toHaveLength(32);
    expect(withNewCurrentKey(file("k1", "k1"), keyId).content.keys[keyId]).not.toBe(content.keys[keyId]);
  });

  it("refuses an id already in the keyring", () => {
    expect(() => withNewCurrentKey(file("k1", "k1"), "k1")).toThrow(/already/);
  });
});

describe("retiring keys", () => {
  it("keeps the first key's material as the blind-index key, which decrypts nothing", () => {
    const retired = withoutKeys(file("k3", "k1", "k2", "k3"), ["k1", "k2"]);
    expect(retired).toEqual({ current: "k3", keys: { k3: key(3) }, blindIndexKey: key(1) });
  });

  it("keeps an existing blind-index key through later retirements", () => {
    const later = withoutKeys({ current: "k4", keys: { k3: key(3), k4: key(4) }, blindIndexKey: key(1) }, ["k3"]);
    expect(later).toEqual({ current: "k4", keys: { k4: key(4) }, blindIndexKey: key(1) });
  });

  it("adds no blind-index key while the first key stays", () => {
    expect(withoutKeys(file("k3", "k1", "k2", "k3"), ["k2"])).toEqual({ current: "k3", keys: { k1: key(1), k3: key(3) } });
  });

  it("never retires the current key", () => {
    expect(() => withoutKeys(file("k2", "k1", "k2"), ["k2"])).toThrow(/current/);
  });
});
