import type { Prisma } from "@/lib/db/client";
import type { IncidentPage } from "@/lib/schemas/answers/incident-dto";
import { incidentListSchema, type IncidentList, type IncidentListInput, type IncidentState } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { ok, type ServiceResult } from "@/lib/server/result";
import { parseInput } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { at, openMaybeSealed } from "@/lib/server/crypto/sealed-text";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { incidentScope } from "@/lib/server/incidents/incident-scope";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { organizationFilter } from "@/lib/server/incidents/organization-filter";
import { idsWithReference, newestCandidates, type SearchFilters } from "@/lib/server/incidents/search-candidates";

/**
 * Titles and descriptions are encrypted (a manager may type a patient's name into either), so the database
 * cannot search them. A search reads the incidents the person may see, under the other filters, decrypts
 * their titles and descriptions and matches them here with the reference, ignoring case, with the same result
 * on SQLite and PostgreSQL. A keyed blind index would let the database filter, but only on whole words and at
 * the cost of digests that reveal repeated titles; a practice's incidents number in the hundreds, so reading
 * them stays cheap (README, "Accounts and security"). SEARCHED_AT_MOST bounds the work for a DPO of many
 * practices: the newest incidents are searched, and the page says when older ones were left out; a whole reference is
 * looked up in the database as well, however old.
 */
export const SEARCHED_AT_MOST = 5000;

const contains = (text: string, search: string) => text.toLocaleLowerCase().includes(search.toLocaleLowerCase());

async function idsMatching(
  ctx: ServiceContext,
  actor: Actor,
  filters: SearchFilters,
  search: string,
): Promise<{ ids: string[]; capped: boolean }> {
  // The newest through the (awareAt desc, id) index, however many practices the person sees; beside it, a whole
  // reference is looked up in the database, however old (it is in clear), through the (organizationId, reference)
  // index: a DPO looking up last year's incident by its reference is not told it was left out.
  const [candidates, byReference] = await Promise.all([
    newestCandidates(ctx, actor, filters, SEARCHED_AT_MOST + 1),
    idsWithReference(ctx, actor, filters, search.toUpperCase()),
  ]);
  const searched = candidates.slice(0, SEARCHED_AT_MOST);
  const ids = searched
    .filter(
      (row) =>
        contains(row.reference, search) ||
        contains(incidentTitle(row), search) ||
        contains(openMaybeSealed(row.description, at("incident", "description", row.id)), search),
    )
    .map((row) => row.id);
  const found = new Set(ids);
  return {
    ids: [...ids, ...byReference.filter((id) => !found.has(id))],
    capped: candidates.length > SEARCHED_AT_MOST,
  };
}

/** The entry for filters nobody parsed yet (the pages' search parameters, the CLI, tests): parsed here, once. */
export async function listIncidents(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentListInput = {},
): Promise<ServiceResult<IncidentPage>> {
  const parsed = parseInput(incidentListSchema, input, ctx.now());
  return parsed.ok ? listIncidentsParsed(ctx, actor, parsed.value) : parsed;
}

export async function listIncidentsParsed(ctx: ServiceContext, actor: Actor, filters: IncidentList): Promise<ServiceResult<IncidentPage>> {
  const { organization, state, search, page, pageSize } = filters;

  const organizationWhere = await organizationFilter(ctx, actor, organization);
  if (!organizationWhere.ok) return organizationWhere;
  const scoped: Prisma.IncidentWhereInput = {
    AND: [
      incidentScope(actor, organizationWhere.value.organizationId),
      organizationWhere.value.where,
      state ? { state: { in: state } } : {},
    ],
  };
  const matched = search
    ? await idsMatching(ctx, actor, { organizationId: organizationWhere.value.organizationId, states: state }, search)
    : null;
  const where: Prisma.IncidentWhereInput = matched ? { id: { in: matched.ids } } : scoped;
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
    detail: {
      organization: organization ?? null,
      state: state ?? null,
      searched: Boolean(search),
      searchCapped: matched?.capped ?? false,
      page,
      pageSize,
      shown: rows.length,
      total,
    },
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
    ...(matched?.capped ? { searchCapped: SEARCHED_AT_MOST } : {}),
  });
}
