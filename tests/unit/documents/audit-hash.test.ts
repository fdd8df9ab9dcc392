import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import {
  canonicalJson,
  computeAuditEntryHash,
  GENESIS_PREV_HASH,
  sealAuditEntry,
  type AuditExtractEntry,
} from "@/lib/documents/packet/audit-hash";

const sha256 = (text: string) => createHash("sha256").update(text, "utf8").digest("hex");

describe("canonicalJson", () => {
  it("sorts keys at every depth and drops whitespace, whatever the insertion order", () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: "é" } })).toBe(
      '{"a":{"c":"é","d":[3,{"y":null,"z":true}]},"b":1}',
    );
    expect(canonicalJson({ a: 1, b: 2 })).toBe(canonicalJson({ b: 2, a: 1 }));
  });

  it("leaves out undefined members, as JSON.stringify would write them", () => {
    expect(canonicalJson({ a: undefined, b: 1 })).toBe('{"b":1}');
  });

  it("refuses what JSON cannot say instead of hashing something else", () => {
    expect(() => canonicalJson({ n: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ at: new Date(0) })).toThrow(TypeError);
  });
});

describe("computeAuditEntryHash", () => {
  const draft = {
    seq: 1,
    id: "aud_0001",
    at: "2026-03-30T22:30:00.000Z",
    actor: "dpo@example.cz",
    action: "incident.created",
    details: { title: "Ztracený notebook" },
    prevHash: GENESIS_PREV_HASH,
  };

  it("is sha256 over the canonical JSON of every field but hash (a fixed vector the server can check against)", () => {
    const expected = sha256(
      `{"action":"incident.created","actor":"dpo@example.cz","at":"2026-03-30T22:30:00.000Z",` +
        `"details":{"title":"Ztracený notebook"},"id":"aud_0001","prevHash":"${"0".repeat(64)}","seq":1}`,
    );
    expect(computeAuditEntryHash(draft)).toBe(expected);
    expect(computeAuditEntryHash({ ...draft, hash: "anything" })).toBe(expected);
  });

  it("changes when any field changes, prevHash included", () => {
    const base = computeAuditEntryHash(draft);
    expect(computeAuditEntryHash({ ...draft, action: "incident.deleted" })).not.toBe(base);
    expect(computeAuditEntryHash({ ...draft, prevHash: "f".repeat(64) })).not.toBe(base);
    expect(computeAuditEntryHash({ ...draft, details: { title: "Ztraceny notebook" } })).not.toBe(base);
  });
});

describe("sealAuditEntry", () => {
  it("links the first entry to the genesis hash and each next one to its predecessor", () => {
    const first = sealAuditEntry(undefined, { seq: 1, id: "a", at: "2026-01-01T00:00:00.000Z", actor: "x", action: "y" });
    const second: AuditExtractEntry = sealAuditEntry(first, { seq: 2, id: "b", at: "2026-01-01T00:01:00.000Z", actor: "x", action: "y" });
    expect(first.prevHash).toBe(GENESIS_PREV_HASH);
    expect(second.prevHash).toBe(first.hash);
    expect(second.hash).toBe(computeAuditEntryHash(second));
  });
});
