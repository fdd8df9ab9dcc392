import type { Db, Prisma } from "@/lib/db/client";
import { REGISTER_ENTRIES_PER_PAGE } from "@/lib/domain/register/register-query";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { registerQuerySchema, type RegisterQuery, type RegisterQueryInput } from "@/lib/schemas/register";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { at, openMaybeSealed, openMaybeSealedOptional, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { incidentScope } from "@/lib/server/incidents/incident-scope";
import { organizationFilter } from "@/lib/server/incidents/organization-filter";
import { parseInput } from "@/lib/server/parse-input";
import { ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { latestDecisions } from "@/lib/server/assessments/register-decisions";
import { readNotificationDetails } from "@/lib/server/notification/notification-details-store";
import { filingsByIncident } from "./filings-by-incident";
import { loadRegisterCommunications } from "./register-communications";
import { judgedFirstFiling, toRegisterRow, type RegisterRow } from "./register-row";
import { registerStatistics, type RegisterYear } from "./register-statistics";

export interface RegisterView {
  /** Every matching entry, newest first; with `filters.page`, only that page's. */
  rows: RegisterRow[];
  /** Of every matching entry, whatever the page. */
  statistics: RegisterYear[];
  filters: RegisterQuery;
  /** With `filters.page` only: how many entries match in all, and how many a page holds. */
  paging?: { page: number; pageSize: number; total: number };
}

function whereOf(
  query: RegisterQuery,
  organization: { where: Prisma.IncidentWhereInput; organizationId: string | null },
  actor: Actor,
): Prisma.IncidentWhereInput {
  return {
    AND: [
      incidentScope(actor, organization.organizationId),
      organization.where,
      // Art. 33(5) documents breaches: a draft nobody reported is not one yet, and is never counted.
      { state: { not: "draft" } },
      query.state ? { state: { in: query.state } } : {},
      // A range on awareAt, so the (organizationId, awareAt) index serves the year filter.
      query.year ? { awareAt: { gte: new Date(Date.UTC(query.year, 0, 1)), lt: new Date(Date.UTC(query.year + 1, 0, 1)) } } : {},
      query.notified === undefined ? {} : query.notified ? { filings: { some: {} } } : { filings: { none: {} } },
    ],
  };
}

/** The notification details the register shows: the practice's consequences and the measures still planned. */
function registerDetails(incidentId: string, sealed: string | null) {
  const details = readNotificationDetails(incidentId, sealed);
  return { practiceConsequences: details.likelyConsequences, measuresPlanned: details.measuresProposed };
}

const ORDER: Prisma.IncidentOrderByWithRelationInput[] = [{ awareAt: "desc" }, { id: "asc" }];

/** The register's rows of these incidents: only the columns it shows, tasks and filings in one batched query each. */
async function registerRows(db: Db, where: Prisma.IncidentWhereInput): Promise<RegisterRow[]> {
  const incidents = await db.incident.findMany({
    where,
    orderBy: ORDER,
    select: {
      id: true,
      reference: true,
      organization: { select: { slug: true, name: true } },
      title: true,
      state: true,
      occurredAt: true,
      discoveredAt: true,
      awareAt: true,
      timeZone: true,
      facts: true,
      regimes: true,
      containment: true,
      ongoing: true,
      containedAt: true,
      notificationDetails: true,
      tasks: { where: { doneAt: { not: null } }, select: { id: true, title: true }, orderBy: { doneAt: "asc" } },
      filings: { select: { id: true, kind: true, filedAt: true, lateReason: true, authority: true } },
      // Few per incident: all are loaded in one batch and the latest picked here.
      assessments: {
        orderBy: { version: "desc" },
        select: { id: true, riskLevel: true, authorityDecision: true, authorityRationale: true },
      },
    },
  });
  const decisions = await latestDecisions(
    db,
    incidents.map((incident) => incident.id),
  );
  const communications = await loadRegisterCommunications(
    db,
    incidents.map((incident) => incident.id),
  );
  return incidents.map((incident) =>
    toRegisterRow({
      ...incident,
      title: incidentTitle(incident),
      facts: JSON.parse(incident.facts) as BreachFactsDraft,
      regimes: JSON.parse(incident.regimes) as string[],
      containment: unsealOptional(incident.containment, at("incident", "containment", incident.id)),
      tasksDone: incident.tasks.map((task) => openMaybeSealed(task.title, at("task", "title", task.id))),
      filings: incident.filings.map(({ id, ...filing }) => ({
        ...filing,
        lateReason: openMaybeSealedOptional(filing.lateReason, at("filing", "lateReason", id)),
      })),
      decisions: decisions.get(incident.id) ?? null,
      ...registerDetails(incident.id, incident.notificationDetails),
      communications: communications.get(incident.id) ?? [],
      latestAssessment: incident.assessments[0]
        ? {
            ...incident.assessments[0],
            authorityRationale: openMaybeSealed(
              incident.assessments[0].authorityRationale,
              at("assessment", "authorityRationale", incident.assessments[0].id),
            ),
          }
        : null,
    }),
  );
}

/**
 * One page of the register: every matching incident is judged from the few columns its timeliness rests on
 * (for the timeliness filter and the per-year figures, which cover them all), and only the page's entries are
 * loaded and built in full. A practice's thousand incidents cost a second and a page of a megabyte when all were.
 */
async function registerPage(
  ctx: ServiceContext,
  where: Prisma.IncidentWhereInput,
  query: RegisterQuery,
  page: number,
): Promise<{ rows: RegisterRow[]; statistics: RegisterYear[]; total: number }> {
  const incidents = await ctx.db.incident.findMany({
    where,
    orderBy: ORDER,
    select: { id: true, awareAt: true, timeZone: true, facts: true, regimes: true },
  });
  const filings = await filingsByIncident(
    ctx.db,
    ctx.provider,
    incidents.map((incident) => incident.id),
  );
  const judged = incidents
    .map((incident) => {
      const filed = filings.get(incident.id) ?? [];
      return {
        id: incident.id,
        awareAt: incident.awareAt.toISOString(),
        notified: filed.length > 0,
        filing: judgedFirstFiling({
          ...incident,
          filings: filed,
          role: (JSON.parse(incident.facts) as BreachFactsDraft).role,
          regimes: JSON.parse(incident.regimes) as string[],
        }).filing,
      };
    })
    .filter((entry) => query.timeliness === undefined || entry.filing === query.timeliness);
  const ids = judged.slice((page - 1) * REGISTER_ENTRIES_PER_PAGE, page * REGISTER_ENTRIES_PER_PAGE).map((entry) => entry.id);
  const rows = ids.length === 0 ? [] : await registerRows(ctx.db, { AND: [where, { id: { in: ids } }] });
  return { rows, statistics: registerStatistics(judged), total: judged.length };
}

/** Loads the register, every matching entry or one page of them (`query.page`). */
export async function loadRegister(
  ctx: ServiceContext,
  actor: Actor,
  query: RegisterQuery,
): Promise<ServiceResult<RegisterView & { organizationId: string | null }>> {
  const organization = await organizationFilter(ctx, actor, query.organization);
  if (!organization.ok) return organization;
  const where = whereOf(query, organization.value, actor);
  const organizationId = organization.value.organizationId;

  if (query.page !== undefined) {
    const { rows, statistics, total } = await registerPage(ctx, where, query, query.page);
    const paging = { page: query.page, pageSize: REGISTER_ENTRIES_PER_PAGE, total };
    return ok({ rows, statistics, filters: query, paging, organizationId });
  }
  const rows = (await registerRows(ctx.db, where))
    // Timeliness depends on the computed deadline, so it is the one filter applied after loading.
    .filter((row) => query.timeliness === undefined || row.filing === query.timeliness);
  return ok({ rows, statistics: registerStatistics(rows), filters: query, organizationId });
}

/** The entry for filters nobody parsed yet (the register page, the CLI, tests): parsed here, once. */
export async function queryRegister(
  ctx: ServiceContext,
  actor: Actor,
  input: RegisterQueryInput = {},
): Promise<ServiceResult<RegisterView>> {
  const parsed = parseInput(registerQuerySchema, input, ctx.now());
  return parsed.ok ? queryRegisterParsed(ctx, actor, parsed.value) : parsed;
}

/** The Art. 33(5) register of every incident the actor can see, notified or not; the read is audited. */
export async function queryRegisterParsed(ctx: ServiceContext, actor: Actor, query: RegisterQuery): Promise<ServiceResult<RegisterView>> {
  const loaded = await loadRegister(ctx, actor, query);
  if (!loaded.ok) return loaded;
  const { organizationId, ...view } = loaded.value;
  await writeTransaction(ctx.db, ctx.provider, (tx) =>
    appendAudit(
      tx,
      actor,
      { action: "register.read", organizationId, detail: { filters: view.filters, rows: view.rows.length } },
      ctx.now(),
    ),
  );
  return ok(view);
}
