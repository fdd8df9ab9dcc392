import type { KeyObject } from "node:crypto";
import { findFirstChainProblem, GENESIS_HASH, type ChainedAuditEntry } from "@/lib/domain/audit/chain";
import { keyFingerprint } from "@/lib/domain/audit/signature";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { existingDeploymentKey } from "@/lib/server/signing/deployment-signing-key";
import { MissingSigningKeyError } from "@/lib/server/signing/missing-signing-key";
import { signingKeyFilePath } from "@/lib/server/signing/signing-key-file";
import { checkCheckpoint, describeCheckpointProblem, type CheckpointProblem, type StoredCheckpoint } from "./checkpoint-check";
import { describeChainBreak, type AuditChainBreak } from "./describe-chain-break";

export interface AuditChainReport {
  ok: boolean;
  /** Entries checked: all of them when the chain is whole, those before the break otherwise. */
  entries: number;
  /** The newest entry: write it down elsewhere to detect later that the tail was cut off (a chain cannot tell). */
  last: { seq: number; hash: string } | null;
  problem: AuditChainBreak | null;
  /** The newest signed checkpoint found valid: entries up to its seq can be neither edited nor cut unnoticed. */
  checkpoint: { seq: number; at: string; keyId: string } | null;
  /** Entries after that checkpoint: until the next one, an edit with recomputed hashes or a cut there goes unseen. */
  unprotectedEntries: number;
}

export interface VerifyAuditChainOptions {
  /** Rows per query: memory stays bounded whatever the size of the trail. */
  pageSize?: number;
  /** The public key the checkpoints must be signed with (e.g. the published one); default: this deployment's key file. */
  publicKey?: KeyObject;
}

type TrustedKey = { keyId: string; publicKey: KeyObject };

/** Without the key the checkpoints cannot be checked: only an empty checkpoint table may do without it. */
async function trustedKey(ctx: ServiceContext, given: KeyObject | undefined): Promise<TrustedKey | null> {
  if (given) return { keyId: keyFingerprint(given), publicKey: given };
  const deployment = existingDeploymentKey();
  if (deployment) return deployment;
  const checkpoints = await ctx.db.auditCheckpoint.count();
  if (checkpoints > 0) throw new MissingSigningKeyError(signingKeyFilePath(), checkpoints);
  return null;
}

const checkpointFields = { id: true, seq: true, headHash: true, at: true, keyId: true, signature: true } as const;
const toStored = (row: { id: string; seq: number; headHash: string; at: Date; keyId: string; signature: string }): StoredCheckpoint => ({
  ...row,
  at: row.at.toISOString(),
});

/** The operator, or a person who is an administrator or DPO somewhere: they answer for the trail. */
function mayVerify(actor: Actor): boolean {
  if (actor.kind === "operator") return true;
  if (actor.kind !== "user") return false;
  return actor.memberships.some((membership) => hasRole(actor, membership.organizationId, "admin", "dpo"));
}

/** An entry of an organisation the actor does not administer is named, but not described. */
function mayDescribe(actor: Actor, organizationId: string | null): boolean {
  if (actor.kind === "operator") return true;
  return organizationId !== null && hasRole(actor, organizationId, "admin", "dpo");
}

const auditFields = {
  id: true,
  seq: true,
  at: true,
  actorId: true,
  actorLabel: true,
  organizationId: true,
  incidentId: true,
  action: true,
  detail: true,
  ip: true,
  prevHash: true,
  hash: true,
} as const;

/**
 * Recomputes the whole hash chain (lib/domain/audit/chain.ts) in seq order, a page at a time, and names
 * the first entry that does not fit: changed (hash mismatch), replaced (broken link) or deleted before it (gap).
 * Then each signed checkpoint (lib/domain/audit/checkpoint.ts) must be signed by the trusted key and match
 * the entry it vouches for: that catches a chain recomputed after an edit, and entries cut from its end.
 */
export async function verifyAuditChain(
  ctx: ServiceContext,
  actor: Actor,
  options: VerifyAuditChainOptions = {},
): Promise<ServiceResult<AuditChainReport>> {
  if (!mayVerify(actor)) return forbidden("Only an administrator or a DPO can verify the audit trail.");
  const pageSize = options.pageSize ?? 1000;
  const key = await trustedKey(ctx, options.publicKey);
  let newest: StoredCheckpoint | null = null;
  let checked = 0;
  // The last verified entry is checked again at the head of the next page, so links and seq gaps
  // across page boundaries are seen exactly as within a page.
  let previous: (ChainedAuditEntry & { organizationId: string | null }) | undefined;

  for (;;) {
    const rows = await ctx.db.auditEntry.findMany({
      where: previous ? { seq: { gt: previous.seq } } : {},
      orderBy: { seq: "asc" },
      take: pageSize,
      select: auditFields,
    });
    if (rows.length === 0) break;
    const page = rows.map((row) => ({ ...row, at: row.at.toISOString() }));
    const first = page[0]!;
    if (!previous && first.seq !== 1) {
      return ok(broken(actor, checked, { kind: "gap", seq: first.seq, id: first.id, expectedSeq: 1 }, first));
    }
    const span = previous ? [previous, ...page] : page;
    const problem = findFirstChainProblem(span, { startPrevHash: previous ? previous.prevHash : GENESIS_HASH });
    if (problem) {
      const at = span.find((entry) => entry.id === problem.id)!;
      return ok(broken(actor, checked + Math.max(0, page.indexOf(at)), problem, at));
    }
    if (key) {
      const bySeq = new Map(page.map((entry) => [entry.seq, entry]));
      const stored = await ctx.db.auditCheckpoint.findMany({
        where: { seq: { gte: first.seq, lte: page[page.length - 1]!.seq } },
        orderBy: [{ seq: "asc" }, { at: "asc" }],
        select: checkpointFields,
      });
      for (const checkpoint of stored.map(toStored)) {
        const entry = bySeq.get(checkpoint.seq);
        const found = checkCheckpoint(checkpoint, entry, key, page[page.length - 1]!.seq);
        if (found) return ok(checkpointBroken(actor, page.length + checked, found, key, entry));
        newest = checkpoint;
      }
    }
    checked += page.length;
    previous = page[page.length - 1]!;
    if (rows.length < pageSize) break;
  }
  if (key) {
    const beyond = await ctx.db.auditCheckpoint.findFirst({
      where: { seq: { gt: previous?.seq ?? 0 } },
      orderBy: { seq: "desc" },
      select: checkpointFields,
    });
    const found = beyond && checkCheckpoint(toStored(beyond), undefined, key, previous?.seq ?? 0);
    if (found) return ok(checkpointBroken(actor, checked, found, key, undefined));
  }
  return ok({
    ok: true,
    entries: checked,
    last: previous ? { seq: previous.seq, hash: previous.hash } : null,
    problem: null,
    checkpoint: newest && { seq: newest.seq, at: newest.at, keyId: newest.keyId },
    unprotectedEntries: checked - (newest?.seq ?? 0),
  });
}

function checkpointBroken(
  actor: Actor,
  checked: number,
  problem: CheckpointProblem,
  key: TrustedKey,
  entry: { action: string; organizationId: string | null } | undefined,
): AuditChainReport {
  const action = !entry ? "(none)" : mayDescribe(actor, entry.organizationId) ? entry.action : "(another organisation's entry)";
  const { checkpoint } = problem;
  return {
    ok: false,
    entries: checked,
    last: null,
    problem: { kind: problem.kind, seq: checkpoint.seq, id: checkpoint.id, action, message: describeCheckpointProblem(problem, key.keyId) },
    checkpoint: null,
    unprotectedEntries: 0,
  };
}

function broken(
  actor: Actor,
  checked: number,
  problem: Parameters<typeof describeChainBreak>[0],
  entry: { action: string; organizationId: string | null },
): AuditChainReport {
  const action = mayDescribe(actor, entry.organizationId) ? entry.action : "(another organisation's entry)";
  return { ok: false, entries: checked, last: null, problem: describeChainBreak(problem, action), checkpoint: null, unprotectedEntries: 0 };
}
