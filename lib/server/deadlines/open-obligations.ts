/**
 * The DPO's morning question: what must be filed, and by when, across every practice they can see.
 * The open obligations of every not-closed incident, nearest first, with where each stands now. Read from
 * the stored open deadlines (stored-deadlines.ts, read by open-deadline-rows.ts), which every change they depend
 * on keeps up to date.
 *
 * A DPO of a thousand practices has thousands running at once: the database counts them (by standing and by
 * zone), finds the nearest `atMost` and those due on the timeline's days, and only those are read, ordered and
 * made ready to show (their times in words and on their incident's clock); reading every one to count and order it
 * here was most of the dashboard's time (bench/pages.bench.ts).
 */
import { timelineWindow } from "@/lib/domain/calendar/timeline";
import { LISTED_AT_MOST } from "@/lib/domain/deadlines/nearest-shown";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { formatForPeople, REGIME_IDS, standingAt, type DeadlineStatus, type ObligationId, type RegimeId } from "@/lib/domain/deadlines";
import { DEFAULT_DUE_SOON_WITHIN_MS } from "@/lib/domain/deadlines/deadline-status";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { organizationFilter } from "@/lib/server/incidents/organization-filter";
import { visibleOrganizations } from "@/lib/server/workspace/visible-organizations";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { OBLIGATION_WORDS, REGIME_WORDS } from "./obligation-words";
import {
  countOpenDeadlines,
  nthDueAt,
  openDeadlineCounts,
  openDeadlineDetails,
  openDeadlineRows,
  type DeadlineFilters,
  type DeadlinesInZone,
  type DueBound,
  type OpenDeadlineRow,
} from "./open-deadline-rows";
import {
  openObligationsQuerySchema,
  type OpenObligationsQuery,
  type OpenObligationsQueryInput,
} from "@/lib/schemas/open-obligations-query";

const HOUR_MS = 3_600_000;

/** formatForPeople of the same few hundred instants on every load: kept (bounded, emptied when full). */
const formatted = new Map<string, string>();
function dueForPeople(due: Date, timeZone: string): string {
  const key = `${due.getTime()}|${timeZone}`;
  let text = formatted.get(key);
  if (text === undefined) {
    if (formatted.size >= 20_000) formatted.clear();
    text = formatForPeople(due, timeZone);
    formatted.set(key, text);
  }
  return text;
}

/** One open obligation, ready to show: instants as ISO strings so a page can hand them to the browser. */
export interface OpenObligation {
  /** Stable: incident, regime and obligation. */
  key: string;
  incidentId: string;
  reference: string;
  title: string;
  organization: { slug: string; name: string };
  regime: RegimeId;
  regimeName: string;
  obligation: ObligationId;
  /** "Notify the supervisory authority". */
  action: string;
  basis: string;
  /** The instant to meet (ISO, UTC). */
  due: string;
  /** Regulation 1182/71's legal outer limit, where EU law sets the period. */
  dueUnder1182: string | null;
  timeZone: string;
  /** "31 Mar 2026, 00:30 CEST": the due instant on the incident's clock, zone named. */
  dueForPeople: string;
  status: DeadlineStatus;
  remainingMs: number;
  inWords: string;
  /** Counted from a filing not yet made: it moves once the filing is recorded. */
  provisional: boolean;
  internalTarget: boolean;
  ownerId: string | null;
  dpoId: string | null;
}

export interface OpenObligationsView {
  /** The nearest `atMost` open obligations (all of them when fewer match), nearest first. */
  items: OpenObligation[];
  /** How many more match, further off than the last of `items`. */
  more: number;
  /** The instant the standings were computed at (ISO). */
  now: string;
  counts: Record<DeadlineStatus, number>;
  filters: OpenObligationsQuery;
  /** The practices the actor can filter by. */
  organizations: Array<{ slug: string; name: string }>;
  /** For the timeline of the coming seven days (lib/domain/calendar/timeline.ts). */
  week: {
    /** The zone most of the matching obligations are counted in: the days follow its calendar. */
    timeZone: string;
    /** Every matching obligation due on those days, nearest first. */
    items: OpenObligation[];
    /** How many matching obligations were due before today began on that calendar. */
    earlier: number;
  };
}

/** The due instants of a standing (deadline-status.ts): overdue strictly after the instant, due soon until `soonUntil`. */
function standingBounds(status: DeadlineStatus | undefined, now: Date, soonUntil: Date): DueBound[] {
  if (status === "overdue") return [["<", now]];
  if (status === "due soon")
    return [
      [">=", now],
      ["<=", soonUntil],
    ];
  if (status === "open") return [[">", soonUntil]];
  return [];
}

/** The zone most of the deadlines are counted in; of equally many, the one whose nearest deadline comes first. */
function zoneOfMost(zones: readonly DeadlinesInZone[]): string {
  const [most] = [...zones].sort(
    (a, b) => b.count - a.count || a.first.getTime() - b.first.getTime() || a.timeZone.localeCompare(b.timeZone),
  );
  return most?.timeZone ?? "UTC";
}

export async function openObligations(
  ctx: ServiceContext,
  actor: Actor,
  input: OpenObligationsQueryInput = {},
  atMost = LISTED_AT_MOST,
): Promise<ServiceResult<OpenObligationsView>> {
  const parsed = openObligationsQuerySchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const query = parsed.data;
  const organizationWhere = await organizationFilter(ctx, actor, query.organization);
  if (!organizationWhere.ok) return organizationWhere;

  const now = ctx.now();
  const chosen = organizationWhere.value.where.organizationId;
  const soonUntil = new Date(now.getTime() + DEFAULT_DUE_SOON_WITHIN_MS);
  const filters: DeadlineFilters = {
    organizationId: typeof chosen === "string" ? chosen : undefined,
    regime: query.regime,
    regimes: REGIME_IDS,
    due: [
      ...(query.dueWithinHours !== undefined ? [["<=", new Date(now.getTime() + query.dueWithinHours * HOUR_MS)] as DueBound] : []),
      ...standingBounds(query.status, now, soonUntil),
    ],
  };
  const [organizations, zones, nthDue] = await Promise.all([
    visibleOrganizations(ctx.db, ctx.provider, actor),
    openDeadlineCounts(ctx.db, ctx.provider, actor, filters, now, soonUntil),
    nthDueAt(ctx.db, ctx.provider, actor, filters, atMost),
  ]);
  const organizationById = new Map(organizations.map((organization) => [organization.id, organization]));
  const counts: Record<DeadlineStatus, number> = { overdue: 0, "due soon": 0, open: 0 };
  for (const zone of zones) {
    counts.overdue += zone.overdue;
    counts["due soon"] += zone.dueSoon;
    counts.open += zone.count - zone.overdue - zone.dueSoon;
  }
  const total = counts.overdue + counts["due soon"] + counts.open;
  const zone = zoneOfMost(zones);
  const { from, until } = timelineWindow(now, zone);

  // The nearest `atMost`, and every one due on the week's days: read, then ordered as the page shows them.
  const [nearest, inWeek, before] = await Promise.all([
    openDeadlineRows(ctx.db, ctx.provider, actor, filters, nthDue ? [["<=", nthDue]] : []),
    openDeadlineRows(ctx.db, ctx.provider, actor, filters, [
      [">=", from],
      ["<", until],
    ]),
    countOpenDeadlines(ctx.db, ctx.provider, actor, filters, [["<", from]]),
  ]);
  const judged = (rows: OpenDeadlineRow[]) =>
    rows
      .map((deadline) => ({
        deadline,
        key: `${deadline.incidentId}:${deadline.regime}:${deadline.obligation}`,
        ...standingAt(deadline.dueAt, now),
      }))
      .sort(
        (a, b) => a.remainingMs - b.remainingMs || a.deadline.reference.localeCompare(b.deadline.reference) || a.key.localeCompare(b.key),
      );
  const listed = judged(nearest).slice(0, atMost);
  const week = judged(inWeek);
  // The rest of each deadline shown, read for those alone (open-deadline-rows.ts says why).
  const details = await openDeadlineDetails(
    ctx.db,
    ctx.provider,
    actor,
    [...listed, ...week].map((entry) => entry.deadline),
  );
  const ready = (entry: (typeof listed)[number]): OpenObligation => {
    const { deadline, key, status, remainingMs, inWords } = entry;
    const regime = deadline.regime as RegimeId;
    const obligation = deadline.obligation as ObligationId;
    const more = details.get(key)!;
    const organization = organizationById.get(deadline.organizationId);
    return {
      key,
      incidentId: deadline.incidentId,
      reference: deadline.reference,
      title: incidentTitle({ id: deadline.incidentId, title: more.title }),
      organization: { slug: organization?.slug ?? "", name: organization?.name ?? "" },
      regime,
      regimeName: REGIME_WORDS[regime],
      obligation,
      action: OBLIGATION_WORDS[obligation] ?? obligation,
      basis: more.basis,
      due: deadline.dueAt.toISOString(),
      dueUnder1182: more.dueUnder1182At?.toISOString() ?? null,
      timeZone: deadline.timeZone,
      dueForPeople: dueForPeople(deadline.dueAt, deadline.timeZone),
      status,
      remainingMs,
      inWords,
      provisional: more.provisional,
      internalTarget: more.internalTarget,
      ownerId: more.ownerId,
      dpoId: more.dpoId,
    };
  };
  // A deadline without details was closed between the reads: no longer open, it is not shown.
  const stillOpen = (entry: (typeof listed)[number]) => details.has(entry.key);
  const items = listed.filter(stillOpen).map(ready);

  await auditRead(ctx, actor, {
    action: "deadlines.dashboard",
    organizationId: organizationWhere.value.organizationId,
    detail: { filters: query, shown: total },
  });
  return ok({
    items,
    more: Math.max(0, total - atMost),
    now: now.toISOString(),
    counts,
    filters: query,
    organizations: organizations.map(({ slug, name }) => ({ slug, name })),
    week: { timeZone: zone, items: week.filter(stillOpen).map(ready), earlier: before },
  });
}
