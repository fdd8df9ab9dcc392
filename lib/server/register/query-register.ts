import type { Prisma } from "@/lib/db/client";
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
import { loadRegisterCommunications } from "./register-communications";
import { toRegisterRow, type RegisterRow } from "./register-row";
import { registerStatistics, type RegisterYear } from "./register-statistics";

export interface RegisterView {
  rows: RegisterRow[];
  statistics: RegisterYear[];
  filters: RegisterQuery;
}

function whereOf(query: RegisterQuery, organizationWhere: Prisma.IncidentWhereInput, actor: Actor): Prisma.IncidentWhereInput {
  return {
    AND: [
      incidentScope(actor),
      organizationWhere,
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

/** Loads the register: only the columns it shows, tasks and filings in one batched query each. */
export async function loadRegister(
  ctx: ServiceContext,
  actor: Actor,
  query: RegisterQuery,
): Promise<ServiceResult<RegisterView & { organizationId: string | null }>> {
  const organization = await organizationFilter(ctx.db, actor, query.organization);
  if (!organization.ok) return organization;

  const incidents = await ctx.db.incident.findMany({
    where: whereOf(query, organization.value.where, actor),
    orderBy: [{ awareAt: "desc" }, { id: "asc" }],
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
    ctx.db,
    incidents.map((incident) => incident.id),
  );
  const communications = await loadRegisterCommunications(
    ctx.db,
    incidents.map((incident) => incident.id),
  );
  const rows = incidents
    .map((incident) =>
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
    )
    // Timeliness depends on the computed deadline, so it is the one filter applied after loading.
    .filter((row) => query.timeliness === undefined || row.filing === query.timeliness);
  return ok({ rows, statistics: registerStatistics(rows), filters: query, organizationId: organization.value.organizationId });
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
