import { findFirstChainProblem, GENESIS_HASH, type ChainedAuditEntry } from "@/lib/domain/audit/chain";
import { hasRole } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { forbidden, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { describeChainBreak, type AuditChainBreak } from "./describe-chain-break";

export interface AuditChainReport {
  ok: boolean;
  /** Entries checked: all of them when the chain is whole, those before the break otherwise. */
  entries: number;
  /** The newest entry: write it down elsewhere to detect later that the tail was cut off (a chain cannot tell). */
  last: { seq: number; hash: string } | null;
  problem: AuditChainBreak | null;
}

export interface VerifyAuditChainOptions {
  /** Rows per query: memory stays bounded whatever the size of the trail. */
  pageSize?: number;
}

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
 */
export async function verifyAuditChain(
  ctx: ServiceContext,
  actor: Actor,
  options: VerifyAuditChainOptions = {},
): Promise<ServiceResult<AuditChainReport>> {
  if (!mayVerify(actor)) return forbidden("Only an administrator or a DPO can verify the audit trail.");
  const pageSize = options.pageSize ?? 1000;
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
    checked += page.length;
    previous = page[page.length - 1]!;
    if (rows.length < pageSize) break;
  }
  return ok({ ok: true, entries: checked, last: previous ? { seq: previous.seq, hash: previous.hash } : null, problem: null });
}

function broken(
  actor: Actor,
  checked: number,
  problem: Parameters<typeof describeChainBreak>[0],
  entry: { action: string; organizationId: string | null },
): AuditChainReport {
  const action = mayDescribe(actor, entry.organizationId) ? entry.action : "(another organisation's entry)";
  return { ok: false, entries: checked, last: null, problem: describeChainBreak(problem, action) };
}
