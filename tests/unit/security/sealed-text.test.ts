import { describe, expect, it } from "vitest";
import { keyringFrom } from "@/lib/server/crypto/keyring";
import { at, isUnbound, seal, sealedKeyId, SealedPlaceMismatch, sealUnbound, unseal } from "@/lib/server/crypto/sealed-text";

const ring = keyringFrom({
  current: "k2",
  keys: { k1: Buffer.alloc(32, 1).toString("base64"), k2: Buffer.alloc(32, 2).toString("base64") },
});
const title = at("incident", "title", "inc-1");

describe("sealed text bound to its row and column", () => {
  it("reads back at its own place, in the enc2 format under the current key", () => {
    const sealed = seal("Letter for Mme Dupont misdelivered", title, ring);
    expect(sealed.startsWith("enc2:k2:")).toBe(true);
    expect(sealedKeyId(sealed)).toBe("k2");
    expect(isUnbound(sealed)).toBe(false);
    expect(unseal(sealed, title, ring)).toBe("Letter for Mme Dupont misdelivered");
  });

  it("refuses another row, another column or another table, naming the place it was read at", () => {
    const sealed = seal("Mme Dupont", title, ring);
    for (const elsewhere of [at("incident", "title", "inc-2"), at("incident", "description", "inc-1"), at("task", "title", "inc-1")]) {
      expect(() => unseal(sealed, elsewhere, ring)).toThrow(SealedPlaceMismatch);
      expect(() => unseal(sealed, elsewhere, ring)).toThrow(
        `${elsewhere.table}.${elsewhere.column} for row ${elsewhere.id} cannot be decrypted`,
      );
    }
  });

  it("still reads the unbound enc1 format wherever it is, and names a value that is not sealed at all", () => {
    const old = sealUnbound("written before the binding", { ...ring, current: "k1" });
    expect(old.startsWith("enc1:k1:")).toBe(true);
    expect(isUnbound(old)).toBe(true);
    expect(unseal(old, title, ring)).toBe("written before the binding");
    expect(() => unseal("in clear", title, ring)).toThrow("The value of incident.title for row inc-1 is not an encrypted value");
  });

  it("detects an altered ciphertext as well", () => {
    const sealed = seal("Mme Dupont", title, ring);
    const parts = sealed.split(":");
    parts[4] = Buffer.from("tampered!!").toString("base64url");
    expect(() => unseal(parts.join(":"), title, ring)).toThrow(SealedPlaceMismatch);
  });
});
