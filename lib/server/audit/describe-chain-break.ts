import type { ChainProblem } from "@/lib/domain/audit/chain";
import type { CheckpointProblemKind } from "./checkpoint-check";

/** The first audit entry that does not fit the chain, as the verifier reports it. */
export interface AuditChainBreak {
  kind: ChainProblem["kind"] | CheckpointProblemKind;
  /** The entry's seq; for a checkpoint finding, the seq the checkpoint vouches for. */
  seq: number;
  /** The entry's id; for a checkpoint finding, the checkpoint's. */
  id: string;
  action: string;
  /** For a gap: the seq that should have come next (the first of the missing entries). */
  expectedSeq?: number;
  /** One sentence for a person: which entry, what is wrong, what that means. */
  message: string;
}

export function describeChainBreak(problem: ChainProblem, action: string): AuditChainBreak {
  const entry = `audit entry seq ${problem.seq} (id ${problem.id}, action ${action})`;
  switch (problem.kind) {
    case "hash_mismatch":
      return { ...problem, action, message: `${entry}: its content does not match its hash: the row was changed after it was written` };
    case "broken_link":
      return {
        ...problem,
        action,
        message:
          `${entry}: its prevHash is not the hash of the entry before it: ` +
          `an entry before it was replaced ` +
          `or the chain was rewritten`,
      };
    case "gap": {
      const missing =
        problem.seq - problem.expectedSeq === 1
          ? `entry seq ${problem.expectedSeq} is missing`
          : `entries seq ${problem.expectedSeq} to ${problem.seq - 1} are missing`;
      return { ...problem, action, message: `${entry}: ${missing}: a row was deleted` };
    }
  }
}
