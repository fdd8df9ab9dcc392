/**
 * Deadlines as iCalendar: one incident's (a download) or every open one of a person's practices (the
 * subscription feed). Each event is the due instant in UTC with a display alarm at each reminder point.
 */
import { buildCalendar, type CalendarEvent } from "@/lib/domain/calendar";
import { formatForPeople, type Deadline, type ReminderPolicy } from "@/lib/domain/deadlines";
import type { Prisma } from "@/lib/db/client";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { incidentScope, visibleIncident } from "@/lib/server/incidents/incident-scope";
import { may } from "@/lib/server/incidents/permissions";
import { reminderPolicyFrom } from "@/lib/server/reminders/reminder-policy";
import { notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { loadOpenDeadlines, type IncidentDeadlines } from "./load-open-obligations";
import { OBLIGATION_WORDS, REGIME_WORDS } from "./obligation-words";

const PRODUCT_ID = "-//Breachdesk//Deadlines//EN";

function alarmsOf(policy: ReminderPolicy) {
  const before = [...policy.before].sort((a, b) => b - a).map((ms) => ({ beforeMs: ms, description: `Deadline in ${ms / 3_600_000} h` }));
  return policy.atDeadline ? [...before, { beforeMs: 0, description: "Deadline now" }] : before;
}

function eventOf(
  incident: IncidentDeadlines["incident"],
  deadline: Deadline,
  context: { now: Date; appUrl: string; host: string; policy: ReminderPolicy; practice: string },
): CalendarEvent {
  const action = OBLIGATION_WORDS[deadline.obligation];
  const description = [
    `${incident.reference} (${context.practice}): ${incident.title}`,
    `${action} (${REGIME_WORDS[deadline.regime]}, ${deadline.basis}).`,
    `Due ${formatForPeople(deadline.due, incident.timeZone)} (${formatForPeople(deadline.due, "UTC")}).`,
    deadline.dueUnder1182 ? `Legal outer limit (Regulation 1182/71): ${formatForPeople(deadline.dueUnder1182, incident.timeZone)}.` : "",
    deadline.provisional ? "Counted from a filing not yet recorded: it moves once the filing is recorded." : "",
  ]
    .filter(Boolean)
    .join("\n");
  return {
    uid: `${incident.id}-${deadline.regime}-${deadline.obligation}@${context.host}`,
    start: deadline.due,
    stamp: context.now,
    // References are numbered per practice: a DPO's feed may hold two BD-2026-0001.
    summary: `${incident.reference} (${context.practice}): ${action} (${REGIME_WORDS[deadline.regime]})`,
    description,
    url: `${context.appUrl}/`,
    alarms: alarmsOf(context.policy),
  };
}

async function calendarOf(
  ctx: ServiceContext,
  name: string,
  where: Prisma.IncidentWhereInput,
): Promise<{ text: string; incidents: IncidentDeadlines[] }> {
  const incidents = await loadOpenDeadlines(ctx.db, where);
  const organizationIds = [...new Set(incidents.map(({ incident }) => incident.organizationId))];
  const organizations = await ctx.db.organization.findMany({
    where: { id: { in: organizationIds } },
    select: { id: true, name: true, settings: true },
  });
  const policies = new Map(organizations.map((o) => [o.id, reminderPolicyFrom(o.settings)]));
  const names = new Map(organizations.map((o) => [o.id, o.name]));
  const appUrl = ctx.env.appUrl.replace(/\/$/, "");
  const host = new URL(appUrl).hostname || "breachdesk";
  const now = ctx.now();
  const events = incidents
    .flatMap(({ incident, deadlines }) =>
      deadlines.map((deadline) =>
        eventOf(incident, deadline, {
          now,
          appUrl,
          host,
          policy: policies.get(incident.organizationId) ?? reminderPolicyFrom("{}"),
          practice: names.get(incident.organizationId) ?? "",
        }),
      ),
    )
    .sort((a, b) => a.start.getTime() - b.start.getTime());
  return { text: buildCalendar({ productId: PRODUCT_ID, name, events }), incidents };
}

/** One incident's open deadlines, for download. Another organisation's incident is not found. */
export async function incidentCalendar(
  ctx: ServiceContext,
  actor: Actor,
  incidentId: string,
): Promise<ServiceResult<{ fileName: string; text: string }>> {
  const incident = await ctx.db.incident.findFirst({
    where: visibleIncident(actor, incidentId),
    select: { id: true, reference: true, organizationId: true },
  });
  if (!incident || !may(actor, incident.organizationId, "read")) return notFound();
  const { text } = await calendarOf(ctx, `Breachdesk ${incident.reference}`, { id: incident.id });
  await auditRead(ctx, actor, {
    action: "calendar.incident",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: {},
  });
  return ok({ fileName: `${incident.reference}.ics`, text });
}

/** Every open deadline of the practices the actor belongs to, for the subscription feed. */
export async function deadlineFeed(ctx: ServiceContext, actor: Actor): Promise<ServiceResult<{ text: string }>> {
  const { text, incidents } = await calendarOf(ctx, "Breachdesk deadlines", incidentScope(actor));
  await auditRead(ctx, actor, { action: "calendar.feed", detail: { incidents: incidents.length } });
  return ok({ text });
}
