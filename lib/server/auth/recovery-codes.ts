import { randomBytes } from "node:crypto";
import { secretDigest } from "@/lib/server/secure-token";

/** Ten one-time codes like "7KQ2-M9XD-4TBW", shown once; only their digests are kept. */
export function newRecoveryCodes(count = 10): { codes: string[]; digests: string[] } {
  const alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  const codes = Array.from({ length: count }, () => {
    const bytes = randomBytes(12);
    const chars = [...bytes].map((byte) => alphabet[byte % alphabet.length]).join("");
    return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8, 12)}`;
  });
  return { codes, digests: codes.map(recoveryDigest) };
}

export function recoveryDigest(code: string): string {
  return secretDigest(
    code
      .trim()
      .toUpperCase()
      .replace(/[^A-Z0-9]/g, ""),
  );
}

export function looksLikeRecoveryCode(code: string): boolean {
  return /^[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}-?[A-Za-z0-9]{4}$/.test(code.trim());
}
