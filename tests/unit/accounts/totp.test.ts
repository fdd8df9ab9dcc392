import { describe, expect, it } from "vitest";
import { base32Decode, base32Encode, codeForStep, matchTotp, otpauthUri, timeStep } from "@/lib/domain/accounts/totp";

// RFC 6238 appendix B, SHA-1, secret "12345678901234567890"; the last 6 of its 8-digit codes.
const rfcSecret = base32Encode(Buffer.from("12345678901234567890", "ascii"));
const vectors: Array<[number, string]> = [
  [59, "287082"],
  [1111111109, "081804"],
  [1111111111, "050471"],
  [1234567890, "005924"],
  [2000000000, "279037"],
  [20000000000, "353130"],
];

describe("TOTP", () => {
  it.each(vectors)("matches RFC 6238 at T=%i", (seconds, code) => {
    expect(codeForStep(rfcSecret, timeStep(new Date(seconds * 1000)))).toBe(code);
  });

  it("round-trips base32", () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255, 17]);
    expect(base32Decode(base32Encode(bytes))).toEqual(bytes);
    expect(base32Encode(Buffer.from("foobar"))).toBe("MZXW6YTBOI");
  });

  it("accepts one step of drift either way, not two", () => {
    const at = new Date(1_800_000_000_000);
    const step = timeStep(at);
    expect(matchTotp(rfcSecret, codeForStep(rfcSecret, step - 1), at)).toBe(step - 1);
    expect(matchTotp(rfcSecret, codeForStep(rfcSecret, step + 1), at)).toBe(step + 1);
    expect(matchTotp(rfcSecret, codeForStep(rfcSecret, step - 2), at)).toBeNull();
  });

  it("refuses a code from a step already used", () => {
    const at = new Date(1_800_000_000_000);
    const step = timeStep(at);
    const code = codeForStep(rfcSecret, step);
    expect(matchTotp(rfcSecret, code, at, step - 1)).toBe(step);
    expect(matchTotp(rfcSecret, code, at, step)).toBeNull();
  });

  it("refuses malformed codes", () => {
    const at = new Date(59_000);
    expect(matchTotp(rfcSecret, "28708", at)).toBeNull();
    expect(matchTotp(rfcSecret, "abcdef", at)).toBeNull();
    expect(matchTotp(rfcSecret, "287 082", at)).toBe(1);
  });

  it("builds an otpauth URI authenticator apps read", () => {
    const text = otpauthUri("JBSWY3DPEHPK3PXP", "dpo@example.org");
    expect(text.startsWith("otpauth://totp/Breachdesk%3Adpo%40example.org?")).toBe(true);
    const params = new URLSearchParams(text.split("?")[1]);
    expect(params.get("secret")).toBe("JBSWY3DPEHPK3PXP");
    expect(params.get("issuer")).toBe("Breachdesk");
    expect(params.get("period")).toBe("30");
  });
});
