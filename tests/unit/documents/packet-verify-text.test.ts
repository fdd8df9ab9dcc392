import { describe, expect, it } from "vitest";
import { verifyInstructions } from "@/lib/documents/packet/packet-signature";

/*
 * Issue 17: a lawyer checks the packet with the tools on her own computer. VERIFY.txt names the fingerprint,
 * every command, and what to type on a Mac, whose own sha256 and openssl differ.
 */
describe("VERIFY.txt", () => {
  const text = verifyInstructions({ keyId: "ab".repeat(32), publishedAt: "https://practice.example/api/signing-key" }, "BD-2026-0007");

  it("names the packet, the fingerprint and where the practice publishes its key", () => {
    expect(text).toContain("BD-2026-0007");
    expect(text).toContain("ab".repeat(32));
    expect(text).toContain("https://practice.example/api/signing-key");
  });

  it("gives every command, and the Mac and Windows equivalents", () => {
    for (const command of [
      "sha256sum -c MANIFEST.sha256",
      "openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in MANIFEST.sha256 -sigfile MANIFEST.sha256.sig",
    ]) {
      expect(text).toContain(command);
    }
    expect(text).toContain("shasum -a 256");
    expect(text).toContain("OpenSSL 3");
    expect(text).toMatch(/Windows/);
  });
});
