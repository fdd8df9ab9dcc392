import { createHash, randomBytes } from "node:crypto";

/** A URL-safe random secret with 256 bits of entropy, and a readable prefix naming its kind. */
export function newSecret(prefix: string): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/** Secrets are stored only as their SHA-256: a stolen database yields no usable link or token. */
export function secretDigest(secret: string): string {
  return createHash("sha256").update(secret, "utf8").digest("hex");
}
