import type { Prisma } from "@/lib/db/client";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentListSchema, type IncidentListInput, type IncidentState } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditRead } from "./audit-read";
import { incidentScope } from "./incident-scope";
import { incidentTitle } from "./incident-title";
import { organizationFilter } from "./organization-filter";

/** A line of the incident list: the title is the one encrypted value decrypted for it. */
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
 * Titles are encrypted (a manager may type a patient's name into one), so the database cannot search them.
 * A search decrypts the titles of the incidents the person may see, under the other filters, and matches
 * them here, ignoring case, with the same result on SQLite and PostgreSQL. A keyed blind
 * index would let the database filter, but only on whole words and at the cost of digests that reveal
 * repeated titles; a practice's incidents number in the hundreds, so reading them stays cheap (README,
 * "Accounts and security").
 */
const titleMatches = (title: string, search: string) => title.toLocaleLowerCase().includes(search.toLocaleLowerCase());

async function idsWithTitleMatching(ctx: ServiceContext, where: Prisma.IncidentWhereInput, search: string): Promise<string[]> {
  const candidates = await ctx.db.incident.findMany({ where, orderBy: [{ awareAt: "desc" }, { id: "asc" }], select: { id: true, title: true } });
  return candidates.filter((row) => titleMatches(incidentTitle(row), search)).map((row) => row.id);
}

export async function listIncidents(ctx: ServiceContext, actor: Actor, input: IncidentListInput = {}): Promise<ServiceResult<IncidentPage>> {
  const parsed = incidentListSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { organization, state, search, page, pageSize } = parsed.data;

  const organizationWhere = await organizationFilter(ctx.db, actor, organization);
  if (!organizationWhere.ok) return organizationWhere;
  const scoped: Prisma.IncidentWhereInput = {
    AND: [incidentScope(actor), organizationWhere.value.where, state ? { state: { in: state } } : {}],
  };
  const where: Prisma.IncidentWhereInput = search ? { id: { in: await idsWithTitleMatching(ctx, scoped, search) } } : scoped;
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
    // Whether words were searched, not which: someone may search for a patient's name, and the trail is in clear.
    detail: { organization: organization ?? null, state: state ?? null, searched: Boolean(search), page, pageSize, shown: rows.length, total },
  });
  return ok({
    items: rows.map((row) => ({
      ...row,
      title: incidentTitle(row),
      state: row.state as IncidentState,
      awareAt: row.awareAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    })),
    total,
    page,
    pageSize,
  });
}
