import type { Prisma } from "@/lib/db/client";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { hasRole, isMemberOf } from "@/lib/server/access";
import type { Actor } from "@/lib/server/actor";
import { forbidden, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import { auditRead } from "@/lib/server/incidents/audit-read";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditEntryFilterSchema, type AuditEntryFilter } from "@/lib/schemas/audit-entry-filter";

/** Entries a person writes by signing in (successes and failures): always theirs to see. */
export const SIGN_IN_ACTION_PREFIX = "signin.";

/** One audit entry as the browse page shows it. */
export interface AuditEntryView {
  id: string;
  seq: number;
  at: Date;
  actorId: string | null;
  /** Who acted, as shown: an e-mail address, "cli" or "system". */
  actorLabel: string;
  organizationId: string | null;
  incidentId: string | null;
  action: string;
  detail: Record<string, unknown>;
  ip: string | null;
}

export interface AuditEntryPage {
  entries: AuditEntryView[];
  /** Pass back as `cursor` for the next (older) page; null on the last page. */
  nextCursor: string | null;
}

/** Organisations whose trail the actor answers for; null for the operator (every organisation). */
function auditableOrganizationIds(actor: Actor): string[] | null {
  if (actor.kind === "operator") return null;
  if (actor.kind !== "user") return [];
  return [...new Set(actor.memberships.filter((m) => m.role === "admin" || m.role === "dpo").map((m) => m.organizationId))];
}

function parseDetail(text: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    return parsed !== null && typeof parsed === "object" && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : { value: parsed };
  } catch {
    // A row changed by hand; `audit verify` names it. The page still shows what is there.
    return { unreadable: text };
  }
}

/**
 * The audit trail for administrators and DPOs, newest first: the entries of the organisations where the
 * actor holds one of those roles, and the actor's own sign-in entries. Keyset pagination on seq, so a
 * page costs the same however deep the reader goes and new entries never shift the pages already read.
 * Each read is recorded ("audit.read") before the page is handed out.
 */
export async function listAuditEntries(
  ctx: ServiceContext,
  actor: Actor,
  input: AuditEntryFilter = {},
): Promise<ServiceResult<AuditEntryPage>> {
  const scope = auditableOrganizationIds(actor);
  if (scope !== null && scope.length === 0) return forbidden("Only an administrator or a DPO can read the audit trail.");
  const parsed = auditEntryFilterSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const filter = parsed.data;

  if (filter.organizationId && !hasRole(actor, filter.organizationId, "admin", "dpo")) {
    return isMemberOf(actor, filter.organizationId) ? forbidden("Only an administrator or a DPO can read the audit trail.") : notFound();
  }

  const visible: Prisma.AuditEntryWhereInput[] = [];
  if (filter.organizationId) visible.push({ organizationId: filter.organizationId });
  else if (scope !== null) {
    visible.push({ organizationId: { in: scope } });
    if (actor.kind === "user") {
      visible.push({
        action: { startsWith: SIGN_IN_ACTION_PREFIX },
        organizationId: null,
        OR: [{ actorId: actor.userId }, { actorLabel: actor.email }],
      });
    }
  }

  const where: Prisma.AuditEntryWhereInput = {
    AND: [
      visible.length > 0 ? { OR: visible } : {},
      filter.actionPrefix ? { action: { startsWith: filter.actionPrefix } } : {},
      filter.actorEmail ? { actorLabel: filter.actorEmail } : {},
      filter.incidentId ? { incidentId: filter.incidentId } : {},
      filter.from || filter.to ? { at: { ...(filter.from && { gte: filter.from }), ...(filter.to && { lt: filter.to }) } } : {},
      filter.cursor ? { seq: { lt: Number(filter.cursor) } } : {},
    ],
  };
  const rows = await ctx.db.auditEntry.findMany({
    where,
    orderBy: { seq: "desc" },
    take: filter.limit + 1,
    select: {
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
    },
  });
  const page = rows.slice(0, filter.limit);
  // Reading the trail is itself an access to what it records (who changed which incident, and how).
  await auditRead(ctx, actor, {
    action: "audit.read",
    organizationId: filter.organizationId ?? (scope?.length === 1 ? scope[0]! : null),
    detail: { filters: { ...filter, from: filter.from?.toISOString(), to: filter.to?.toISOString() }, shown: page.length },
  });
  return ok({
    entries: page.map((row) => ({ ...row, detail: parseDetail(row.detail) })),
    nextCursor: rows.length > filter.limit ? String(page[page.length - 1]!.seq) : null,
  });
}
