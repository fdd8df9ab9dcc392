import { generateKeyPairSync } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  checkpointDue,
  checkpointSignatureValid,
  checkpointText,
  CHECKPOINT_EVERY_ENTRIES,
  CHECKPOINT_EVERY_MS,
  signCheckpoint,
} from "@/lib/domain/audit/checkpoint";
import { keyFingerprint, publicKeyFromPem, publicKeyPem } from "@/lib/domain/audit/signature";

const key = generateKeyPairSync("ed25519");
const keyId = keyFingerprint(key.publicKey);
const at = new Date("2026-03-27T22:30:00.000Z");
const fields = { seq: 42, headHash: "a".repeat(64), at: at.toISOString(), keyId };

describe("a checkpoint's signature", () => {
  it("covers exactly the seq, head hash, time and key, one per line", () => {
    expect(checkpointText(fields)).toBe(
      `breachdesk-audit-checkpoint/1\nseq 42\nhead ${"a".repeat(64)}\nat 2026-03-27T22:30:00.000Z\nkey ${keyId}\n`,
    );
    const signed = signCheckpoint(fields, key.privateKey);
    expect(Buffer.from(signed.signature, "base64")).toHaveLength(64);
    expect(checkpointSignatureValid(signed, key.publicKey)).toBe(true);
    for (const changed of [{ seq: 43 }, { headHash: "b".repeat(64) }, { at: "2026-03-27T22:31:00.000Z" }]) {
      expect(checkpointSignatureValid({ ...signed, ...changed }, key.publicKey)).toBe(false);
    }
    expect(checkpointSignatureValid(signed, generateKeyPairSync("ed25519").publicKey)).toBe(false);
  });

  it("names keys by the SHA-256 of the raw public key, the same from the PEM", () => {
    expect(keyId).toMatch(/^[0-9a-f]{64}$/);
    expect(keyFingerprint(publicKeyFromPem(publicKeyPem(key.publicKey)))).toBe(keyId);
    expect(() =>
      publicKeyFromPem(generateKeyPairSync("ec", { namedCurve: "P-256" }).publicKey.export({ type: "spki", format: "pem" })),
    ).toThrow(/Ed25519/);
  });
});

describe("when a checkpoint is due", () => {
  const newest = { seq: 200, at };
  const later = (ms: number) => new Date(at.getTime() + ms);

  it("at once on an empty trail, then every 100 entries", () => {
    expect(checkpointDue(null, { seq: 1, at })).toBe(true);
    expect(checkpointDue(newest, { seq: 200 + CHECKPOINT_EVERY_ENTRIES - 1, at: later(1000) })).toBe(false);
    expect(checkpointDue(newest, { seq: 200 + CHECKPOINT_EVERY_ENTRIES, at: later(1000) })).toBe(true);
  });

  it("on a quiet trail, with the first entry 15 minutes after the newest checkpoint", () => {
    expect(CHECKPOINT_EVERY_MS).toBe(15 * 60 * 1000);
    expect(checkpointDue(newest, { seq: 201, at: later(CHECKPOINT_EVERY_MS - 1) })).toBe(false);
    expect(checkpointDue(newest, { seq: 201, at: later(CHECKPOINT_EVERY_MS) })).toBe(true);
  });
});
