/**
 * The query under the stored deadlines (which the dashboard and the reminders read) and the calendar feed: every
 * not-closed incident of the given scope with just what its open deadlines depend on, then the open deadlines
 * computed in memory.
 *
 * Index use: `organizationId IN (...) AND state IN (open states)` is served by @@index([organizationId, state]),
 * so closed incidents (the great majority after a few years) are never read. Filings, sent communications
 * and assessments come in one batched query each, and only their few columns; the deadlines of an incident
 * are computed once per change of their inputs (incident-obligations.ts keeps them).
 *
 * Tried and dropped: leaving out incidents notified in full in SQL (`filings: { none: { kind: "complete" } }`)
 * made both databases read every complete filing ever made (Prisma writes NOT IN (subquery)), which cost
 * more than loading the few hundred extra rows it saved.
 */
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import type { Deadline } from "@/lib/domain/deadlines";
import type { Db, Prisma } from "@/lib/db/client";
import { deadlineFacts, isHighRisk, openDeadlines } from "./incident-obligations";
import { internalTargetsFrom } from "./internal-targets-policy";

/** The same few settings texts for hundreds of incidents: parsed once each. */
function targetsCache() {
  const known = new Map<string, ReturnType<typeof internalTargetsFrom>>();
  return (settings: string) => {
    let targets = known.get(settings);
    if (!targets) known.set(settings, (targets = internalTargetsFrom(settings)));
    return targets;
  };
}

/** Every state but "closed": a draft's clock runs from awareness too. */
export const OPEN_STATES = ["draft", "reported", "under_assessment", "decided", "notified"];

export interface IncidentDeadlines {
  incident: {
    id: string;
    reference: string;
    title: string;
    state: string;
    awareAt: Date;
    timeZone: string;
    organizationId: string;
    ownerId: string | null;
    dpoId: string | null;
  };
  deadlines: readonly Deadline[];
}

export async function loadOpenDeadlines(db: Db, where: Prisma.IncidentWhereInput): Promise<IncidentDeadlines[]> {
  const rows = await db.incident.findMany({
    where: { AND: [where, { state: { in: OPEN_STATES } }] },
    select: {
      id: true,
      reference: true,
      title: true,
      state: true,
      awareAt: true,
      timeZone: true,
      regimes: true,
      facts: true,
      organizationId: true,
      ownerId: true,
      dpoId: true,
      organization: { select: { settings: true, country: true } },
      filings: { select: { kind: true, filedAt: true } },
      communications: { where: { status: "sent" }, select: { channel: true } },
      // A few per incident: all are loaded in the one batched query and the latest picked here (a nested
      // `take` would cost a query per incident).
      assessments: { select: { version: true, riskLevel: true, subjectsDecision: true } },
    },
  });
  const targetsOf = targetsCache();
  return rows.map(({ regimes, facts, filings, communications, assessments, organization, ...incident }) => ({
    incident: { ...incident, title: incidentTitle(incident) },
    deadlines: openDeadlines({
      id: incident.id,
      awareAt: incident.awareAt,
      timeZone: incident.timeZone,
      regimes,
      ...deadlineFacts(facts),
      highRisk: isHighRisk(
        assessments.reduce<(typeof assessments)[number] | undefined>(
          (latest, a) => (!latest || a.version > latest.version ? a : latest),
          undefined,
        ),
      ),
      filings,
      sentCommunications: communications,
      targets: targetsOf(organization.settings),
      country: organization.country,
    }),
  }));
}
