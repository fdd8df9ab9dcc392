import type { KeyObject } from "node:crypto";
import { checkpointSignatureValid, type SignedCheckpoint } from "@/lib/domain/audit/checkpoint";
import { shortFingerprint } from "@/lib/domain/audit/signature";

export type CheckpointProblemKind =
  "checkpoint_key_unknown" | "checkpoint_signature_invalid" | "checkpoint_hash_mismatch" | "checkpoint_beyond_chain";

export interface StoredCheckpoint extends SignedCheckpoint {
  id: string;
}

export interface CheckpointProblem {
  kind: CheckpointProblemKind;
  checkpoint: StoredCheckpoint;
  /** For a hash mismatch: the entry's hash now. For a checkpoint past the end: the last seq there is (0: none). */
  actualHash?: string;
  lastSeq?: number;
}

const short = (hash: string) => `${hash.slice(0, 16)}…`;

/**
 * Checks one checkpoint against the entry it vouches for (undefined: that seq is not in the trail). The
 * chain itself is checked before: with an intact chain, a head hash that differs means the chain was
 * recomputed after an edit; a missing entry past the end means the newest entries were cut.
 */
export function checkCheckpoint(
  checkpoint: StoredCheckpoint,
  entry: { hash: string } | undefined,
  key: { keyId: string; publicKey: KeyObject },
  lastSeq: number,
): CheckpointProblem | null {
  if (checkpoint.keyId !== key.keyId) return { kind: "checkpoint_key_unknown", checkpoint };
  if (!checkpointSignatureValid(checkpoint, key.publicKey)) return { kind: "checkpoint_signature_invalid", checkpoint };
  if (!entry) return { kind: "checkpoint_beyond_chain", checkpoint, lastSeq };
  if (entry.hash !== checkpoint.headHash) return { kind: "checkpoint_hash_mismatch", checkpoint, actualHash: entry.hash };
  return null;
}

/** One sentence for a person, naming the checkpoint (seq, time, key) and what the finding means. */
export function describeCheckpointProblem(problem: CheckpointProblem, trustedKeyId: string): string {
  const { checkpoint } = problem;
  const name =
    `signed checkpoint of seq ${checkpoint.seq} (id ${checkpoint.id}, signed ${checkpoint.at}, key ` +
    `${shortFingerprint(checkpoint.keyId)})`;
  switch (problem.kind) {
    case "checkpoint_key_unknown":
      return (
        `${name}: signed by a key that is not this deployment's key ${shortFingerprint(trustedKeyId)}: it was ` +
        `made elsewhere and vouches for nothing here`
      );
    case "checkpoint_signature_invalid":
      return `${name}: its signature does not match its content: the checkpoint was altered or forged`;
    case "checkpoint_hash_mismatch":
      return (
        `${name}: entry seq ${checkpoint.seq} now has hash ${short(problem.actualHash!)}, the checkpoint ` +
        `signed ${short(checkpoint.headHash)}: entries up to seq ${checkpoint.seq} were changed and the chain ` +
        `recomputed`
      );
    case "checkpoint_beyond_chain": {
      const first = (problem.lastSeq ?? 0) + 1;
      return (
        `${name}: the trail ends at seq ${problem.lastSeq ?? 0}: entries from seq ${first} to at least seq ` +
        `${checkpoint.seq} were removed`
      );
    }
  }
}
