import { describe, expect, it } from "vitest";
import { nextKeyId, withNewCurrentKey, withoutKeys } from "@/lib/server/crypto/key-source";
import type { KeyFile } from "@/lib/server/crypto/keyring";

const key = (fill: number) => Buffer.alloc(32, fill).toString("base64");
const file = (current: string, ...ids: string[]): KeyFile => ({ current, keys: Object.fromEntries(ids.map((id, n) => [id, key(n + 1)])) });

describe("key ids", () => {
  it("count up from the highest number ever used, past k9, ignoring ids of another shape", () => {
    expect(nextKeyId(file("k1", "k1"))).toBe("k2");
    expect(nextKeyId(file("k9", "k9"))).toBe("k10");
    expect(nextKeyId(file("k3", "k3"))).toBe("k4");
    expect(nextKeyId(file("legacy", "legacy"))).toBe("k1");
    expect(nextKeyId(file("k10", "k2", "k10", "spare"))).toBe("k11");
  });
});

describe("a new current key", () => {
  it("is 32 random bytes, added after the old keys, which stay", () => {
    const { content, keyId } = withNewCurrentKey(file("k1", "k1"));
    expect(keyId).toBe("k2");
    expect(content.current).toBe("k2");
    expect(Object.keys(content.keys)).toEqual(["k1", "k2"]);
    expect(content.keys.k1).toBe(key(1));
    expect(Buffer.from(content.keys.k2!, "base64")).toHaveLength(32);
    expect(withNewCurrentKey(file("k1", "k1")).content.keys.k2).not.toBe(content.keys.k2);
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
