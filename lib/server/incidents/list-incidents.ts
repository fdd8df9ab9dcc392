import type { Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentListSchema, type IncidentListInput, type IncidentState } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditRead } from "./audit-read";
import { incidentScope } from "./incident-scope";
import { organizationFilter } from "./organization-filter";

/** A line of the incident list: nothing encrypted, so nothing to decrypt for a page of fifty. */
export interface IncidentSummaryDto {
  id: string;
  reference: string;
  organization: { slug: string; name: string };
  title: string;
  state: IncidentState;
  awareAt: string;
  timeZone: string;
  ongoing: boolean;
  version: number;
  ownerId: string | null;
  updatedAt: string;
}

export interface IncidentPage {
  items: IncidentSummaryDto[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * A title search that ignores case on both databases: SQLite's LIKE already does for ASCII, PostgreSQL
 * needs ILIKE (Prisma's insensitive mode, which the SQLite client's types do not know).
 */
export function titleContains(provider: DatabaseProvider, text: string): Prisma.IncidentWhereInput {
  const filter = provider === "postgresql" ? { contains: text, mode: "insensitive" } : { contains: text };
  return { title: filter as Prisma.StringFilter };
}

export async function listIncidents(ctx: ServiceContext, actor: Actor, input: IncidentListInput = {}): Promise<ServiceResult<IncidentPage>> {
  const parsed = incidentListSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organization, state, search, page, pageSize } = parsed.data;

  const organizationWhere = await organizationFilter(ctx.db, actor, organization);
  if (!organizationWhere.ok) return organizationWhere;
  const where: Prisma.IncidentWhereInput = {
    AND: [
      incidentScope(actor),
      organizationWhere.value.where,
      state ? { state: { in: state } } : {},
      search ? titleContains(ctx.provider, search) : {},
    ],
  };
  const [total, rows] = await Promise.all([
    ctx.db.incident.count({ where }),
    ctx.db.incident.findMany({
      where,
      orderBy: [{ awareAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        reference: true,
        organization: { select: { slug: true, name: true } },
        title: true,
        state: true,
        awareAt: true,
        timeZone: true,
        ongoing: true,
        version: true,
        ownerId: true,
        updatedAt: true,
      },
    }),
  ]);
  await auditRead(ctx, actor, {
    action: "incident.list",
    organizationId: organizationWhere.value.organizationId,
    detail: { organization: organization ?? null, state: state ?? null, search: search ?? null, page, pageSize, shown: rows.length, total },
  });
  return ok({
    items: rows.map((row) => ({
      ...row,
      state: row.state as IncidentState,
      awareAt: row.awareAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
    total,
    page,
    pageSize,
  });
}
