/*
 * A checkpoint is a signed statement "audit entry `seq` had hash `headHash` at time `at`". The chain alone
 * proves only that its entries fit together: whoever can write to the database can change an entry and
 * recompute every hash after it, or delete the newest entries, and the chain still fits. Neither survives a
 * checkpoint signed with a key kept outside the database: the recomputed hash at the checkpoint's seq differs
 * from the signed one, and a chain that ends before the checkpoint's seq has lost entries. Entries written
 * after the newest checkpoint are not covered until the next one.
 */
import type { KeyObject } from "node:crypto";
import { signBytes, verifyBytes } from "./signature";

export const CHECKPOINT_FORMAT = "breachdesk-audit-checkpoint/1";

export interface CheckpointFields {
  seq: number;
  headHash: string;
  /** ISO 8601 instant (UTC). */
  at: string;
  /** Fingerprint of the signing key (lib/domain/audit/signature.ts keyFingerprint). */
  keyId: string;
}

export interface SignedCheckpoint extends CheckpointFields {
  /** Base64 of the 64-byte Ed25519 signature over checkpointText. */
  signature: string;
}

/** The exact bytes signed: one field per line in a fixed order, so nothing depends on how JSON was written. */
export function checkpointText(fields: CheckpointFields): string {
  return `${CHECKPOINT_FORMAT}\nseq ${fields.seq}\nhead ${fields.headHash}\nat ${fields.at}\nkey ${fields.keyId}\n`;
}

export function signCheckpoint(fields: CheckpointFields, privateKey: KeyObject): SignedCheckpoint {
  return { ...fields, signature: signBytes(privateKey, Buffer.from(checkpointText(fields), "utf8")).toString("base64") };
}

export function checkpointSignatureValid(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  const signature = Buffer.from(checkpoint.signature, "base64");
  return verifyBytes(publicKey, Buffer.from(checkpointText(checkpoint), "utf8"), signature);
}

/** How often the chain is anchored: every this many entries, and at least this often while it grows. */
export const CHECKPOINT_EVERY_ENTRIES = 100;
export const CHECKPOINT_EVERY_MS = 15 * 60 * 1000;

/**
 * Whether appending entry `head` should also sign a checkpoint. The very first entry is anchored at once, so
 * a young trail is never wholly unprotected; afterwards every CHECKPOINT_EVERY_ENTRIES entries or, on a quiet
 * trail, the first entry written CHECKPOINT_EVERY_MS after the newest checkpoint.
 */
export function checkpointDue(newest: { seq: number; at: Date } | null, head: { seq: number; at: Date }): boolean {
  if (!newest) return true;
  return head.seq - newest.seq >= CHECKPOINT_EVERY_ENTRIES || head.at.getTime() - newest.at.getTime() >= CHECKPOINT_EVERY_MS;
}
