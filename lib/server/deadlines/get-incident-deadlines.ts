import { computeDeadlines, formatLocalIso, holidaysUsed, practiceHolidays, standingAt, type Deadline } from "@/lib/domain/deadlines";
import type { IncidentDeadlineDto, IncidentDeadlines } from "@/lib/schemas/answers/deadlines";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import type { Tx } from "@/lib/server/transaction";
import { readTogether } from "@/lib/server/read-together";
import { internalTargetsFrom } from "./internal-targets-policy";
import { deadlineFacts, isHighRisk, openDeadlines, parseRegimes, type IncidentRecords } from "./incident-obligations";

const keyOf = (deadline: Deadline) => `${deadline.regime}/${deadline.obligation}`;

/**
 * Every deadline of the incident's regimes. The open ones and their due instants come from
 * incident-obligations.ts (the dashboard's, the reminders' and the calendar's judgement of "met"), so
 * this endpoint never disagrees with them; the rest of the full list is what was met.
 */
export function allDeadlines(records: IncidentRecords): Array<{ deadline: Deadline; met: boolean }> {
  const open = new Map(openDeadlines(records).map((deadline) => [keyOf(deadline), deadline]));
  const filings = [...records.filings].sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
  const first = filings[0];
  const regimes = parseRegimes(records.regimes);
  const every = computeDeadlines({
    awareAt: records.awareAt,
    timeZone: records.timeZone,
    regimes,
    options: {
      role: records.role,
      highRisk: records.highRisk,
      ...(records.subjects === undefined ? {} : { subjects: records.subjects }),
      ...(records.targets ? { targets: records.targets } : {}),
      holidays: practiceHolidays(records.country),
      ...(first
        ? {
            firstFilings: Object.fromEntries(
              regimes.map((regime) => [regime, { filedAt: first.filedAt, complete: filings.some((f) => f.kind === "complete") }]),
            ),
          }
        : {}),
    },
  });
  return every.map((deadline) => {
    const stillOpen = open.get(keyOf(deadline));
    return stillOpen ? { deadline: stillOpen, met: false } : { deadline, met: true };
  });
}

function toDto({ deadline, met }: { deadline: Deadline; met: boolean }, timeZone: string, now: Date): IncidentDeadlineDto {
  const standing = standingAt(deadline.due, now);
  return {
    regime: deadline.regime,
    obligation: deadline.obligation,
    basis: deadline.basis,
    due: deadline.due.toISOString(),
    dueLocal: formatLocalIso(deadline.due, timeZone),
    ...(deadline.dueUnder1182 ? { dueUnder1182: deadline.dueUnder1182.toISOString() } : {}),
    ...(deadline.holidaysOf ? { holidaysOf: deadline.holidaysOf } : {}),
    internalTarget: deadline.internalTarget,
    provisional: deadline.provisional,
    status: met ? "met" : standing.status,
    remainingMs: standing.remainingMs,
    inWords: met ? "met" : standing.inWords,
  };
}

/**
 * The deadlines of an incident's regimes, counted from its awareAt in its zone, for its role, its number
 * of people affected and its latest risk level, each with where it stands. For anyone who may read the
 * incident; the read is audited ("incident.deadlines.read").
 */
export async function getIncidentDeadlines(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
): Promise<ServiceResult<IncidentDeadlines>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const records = await incidentRecords(ctx.db, incident);

  const now = ctx.now();
  const regimes = parseRegimes(incident.regimes);
  await auditRead(ctx, actor, {
    action: "incident.deadlines.read",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { reference: incident.reference, regimes },
  });
  return ok({
    incidentId: incident.id,
    reference: incident.reference,
    awareAt: incident.awareAt.toISOString(),
    timeZone: incident.timeZone,
    regimes,
    role: records.role,
    highRisk: records.highRisk,
    computedAt: now.toISOString(),
    holidays: holidaysUsed(practiceHolidays(records.country), records.country),
    deadlines: allDeadlines(records).map((entry) => toDto(entry, incident.timeZone, now)),
  });
}

/**
 * What an incident's deadlines depend on, read from the database: the same inputs for this endpoint and the
 * incident page's clocks (which read it after their own audited read of the incident).
 */
export async function incidentRecords(
  db: ServiceContext["db"] | Tx,
  incident: { id: string; organizationId: string; awareAt: Date; timeZone: string; regimes: string; facts: string },
): Promise<IncidentRecords> {
  const [filings, sentCommunications, latestAssessment, organization] = await readTogether(db, [
    () => db.filing.findMany({ where: { incidentId: incident.id }, select: { kind: true, filedAt: true } }),
    () => db.communication.findMany({ where: { incidentId: incident.id, status: "sent" }, select: { channel: true } }),
    () =>
      db.assessment.findFirst({
        where: { incidentId: incident.id },
        orderBy: { version: "desc" },
        select: { riskLevel: true, subjectsDecision: true },
      }),
    () => db.organization.findUniqueOrThrow({ where: { id: incident.organizationId }, select: { settings: true, country: true } }),
  ]);
  return {
    id: incident.id,
    awareAt: incident.awareAt,
    timeZone: incident.timeZone,
    regimes: incident.regimes,
    ...deadlineFacts(incident.facts),
    highRisk: isHighRisk(latestAssessment ?? undefined),
    filings,
    sentCommunications,
    targets: internalTargetsFrom(organization.settings),
    country: organization.country,
  };
}
