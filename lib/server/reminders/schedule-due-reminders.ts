/**
 * Queues the reminders whose time has come, through the outbox (docs/ARCHITECTURE.md rule 7). Safe to run as
 * often as one likes, from any number of app instances at once: each reminder's idempotency key (from
 * reminderSchedule's key and the due instant it was computed for) lets the outbox refuse a second copy,
 * so a reminder is queued once however many schedulers see it, and a restart loses none (the next run
 * finds what is due and not yet queued).
 *
 * Only the latest point that has come is queued for each deadline: a scheduler that was stopped for a day,
 * or an incident logged 10 hours before its deadline, yields one reminder saying where the deadline stands
 * now, not a burst of stale ones. When a deadline moves (awareness corrected, a follow-up filed), its
 * reminders are counted afresh from the new instant.
 *
 * The reminders of a run are queued REMINDER_BATCH to a transaction (in a few queries each, enqueueMany), not
 * one transaction each: a run after a stop, or a deployment of a thousand practices, may have thousands due.
 */
import { isRegimeId, reminderSchedule, type Deadline, type ObligationId, type Reminder, type RegimeId } from "@/lib/domain/deadlines";
import type { Period } from "@/lib/domain/deadlines/periods";
import { isLocale, localeOfCountry, type Locale } from "@/lib/i18n/locales";
import { chunked, enqueueMany } from "@/lib/mail/enqueue-many";
import type { OutboxEntry } from "@/lib/mail/outbox";
import { OPEN_STATES } from "@/lib/server/deadlines/load-open-obligations";
import { incidentTitle } from "@/lib/server/incidents/incident-title";
import { ACTIVE_MEMBERSHIPS } from "@/lib/server/auth/active-memberships";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { reminderEmail } from "./reminder-email";
import { reminderPolicyFrom } from "./reminder-policy";

export interface ReminderRunReport {
  /** Open deadlines looked at. */
  deadlines: number;
  /** Reminders that were due (one per deadline at most). */
  due: number;
  enqueued: number;
  alreadyQueued: number;
  /** Due, but nobody to send it to (no DPO, owner or practice DPO address). */
  withoutRecipient: number;
}

/** Reminders queued per transaction: few round trips, and the writer lock (SQLite) or audit lock (PostgreSQL) held briefly. */
export const REMINDER_BATCH = 500;

export function reminderIdempotencyKey(reminder: Reminder, due: Date): string {
  return `reminder:${reminder.key}@${due.toISOString()}`;
}

/** The latest reminder point at or before `now`, if any. */
export function latestDueReminder(schedule: readonly Reminder[], now: Date): Reminder | undefined {
  let latest: Reminder | undefined;
  for (const reminder of schedule) if (reminder.at.getTime() <= now.getTime()) latest = reminder;
  return latest;
}

interface PlannedReminder {
  key: string;
  incident: {
    id: string;
    reference: string;
    title: string;
    timeZone: string;
    organizationId: string;
    ownerId: string | null;
    dpoId: string | null;
  };
  deadline: Deadline;
}

interface ReminderRecipient {
  email: string;
  locale: Locale;
}

/**
 * One e-mail per language, the DPO's first (its e-mail keeps the reminder's own key, so a reminder to people
 * who read the same language is the single e-mail it always was); an address listed twice gets one copy.
 */
export function recipientsByLanguage(recipients: ReadonlyArray<ReminderRecipient | undefined>): { locale: Locale; to: string[] }[] {
  const groups = new Map<Locale, string[]>();
  const seen = new Set<string>();
  for (const recipient of recipients) {
    if (!recipient || seen.has(recipient.email)) continue;
    seen.add(recipient.email);
    groups.set(recipient.locale, [...(groups.get(recipient.locale) ?? []), recipient.email]);
  }
  return [...groups].map(([locale, to]) => ({ locale, to }));
}

export async function scheduleDueReminders(ctx: ServiceContext, now: Date = ctx.now()): Promise<ReminderRunReport> {
  // The stored open deadlines (stored-deadlines.ts), which every change keeps current: the run used to compute every
  // open incident's deadlines and decrypt its title each minute, half a second of every instance's processor at
  // sixteen thousand open incidents (bench/pages.bench.ts). Incidents are read, and titles decrypted, only for the
  // reminders to queue.
  const stored = await ctx.db.incidentDeadline.findMany({
    select: {
      incidentId: true,
      organizationId: true,
      regime: true,
      obligation: true,
      basis: true,
      dueAt: true,
      dueUnder1182At: true,
      period: true,
      internalTarget: true,
      provisional: true,
    },
  });
  const report: ReminderRunReport = { deadlines: 0, due: 0, enqueued: 0, alreadyQueued: 0, withoutRecipient: 0 };
  if (stored.length === 0) return report;

  const organizationIds = [...new Set(stored.map((row) => row.organizationId))];
  const organizations = await ctx.db.organization.findMany({
    where: { id: { in: organizationIds } },
    select: { id: true, settings: true, dpoEmail: true, country: true },
  });
  const policyOf = new Map(organizations.map((organization) => [organization.id, reminderPolicyFrom(organization.settings)]));
  const practiceDpoEmail = new Map(organizations.map((organization) => [organization.id, organization.dpoEmail]));
  const practiceLocale = new Map(organizations.map((organization) => [organization.id, localeOfCountry(organization.country) ?? "en"]));

  const due: Array<{ key: string; incidentId: string; deadline: Deadline }> = [];
  for (const row of stored) {
    if (!isRegimeId(row.regime)) continue; // a regime this code no longer knows: rebuilt at the next start
    report.deadlines += 1;
    const schedule = reminderSchedule(
      { incidentId: row.incidentId, regime: row.regime, obligation: row.obligation, due: row.dueAt },
      policyOf.get(row.organizationId),
    );
    const reminder = latestDueReminder(schedule, now);
    if (reminder) due.push({ key: reminderIdempotencyKey(reminder, row.dueAt), incidentId: row.incidentId, deadline: deadlineOf(row) });
  }
  report.due = due.length;
  if (due.length === 0) return report;
  // A cheap read first, so the periodic run writes nothing when every due reminder is already queued.
  const queued = new Set<string>();
  for (const keys of chunked(due.map((p) => p.key))) {
    const rows = await ctx.db.outboxMessage.findMany({ where: { idempotencyKey: { in: keys } }, select: { idempotencyKey: true } });
    for (const row of rows) queued.add(row.idempotencyKey);
  }
  const waiting = due.filter((p) => !queued.has(p.key));
  report.alreadyQueued = due.length - waiting.length;
  if (waiting.length === 0) return report;
  const toQueue = await withIncidents(ctx, waiting);

  const userIds = [...new Set(toQueue.flatMap((p) => [p.incident.dpoId, p.incident.ownerId]).filter((id): id is string => id !== null))];
  const users = await ctx.db.user.findMany({
    where: { id: { in: userIds }, disabledAt: null },
    select: { id: true, email: true, locale: true },
  });
  const userOf = new Map(users.map((user) => [user.id, user]));
  // A reminder names the incident: only people who still hold an active membership of its practice get it
  // (suspended or removed members lose it with their rights; see README "Accounts and security").
  const active = new Set(
    (
      await ctx.db.membership.findMany({
        where: { userId: { in: userIds }, ...ACTIVE_MEMBERSHIPS.where },
        select: { userId: true, organizationId: true },
      })
    ).map((membership) => `${membership.userId}:${membership.organizationId}`),
  );
  // Each person reads it in their own language: the one they chose, else their practice's (docs/I18N.md).
  const member = (userId: string | null, organizationId: string): ReminderRecipient | undefined => {
    const user = userId && active.has(`${userId}:${organizationId}`) ? userOf.get(userId) : undefined;
    return user ? { email: user.email, locale: isLocale(user.locale) ? user.locale : practiceLocale.get(organizationId)! } : undefined;
  };

  const perReminder: OutboxEntry[][] = [];
  for (const reminder of toQueue) {
    const { incident } = reminder;
    const practiceDpo = practiceDpoEmail.get(incident.organizationId);
    const dpo =
      member(incident.dpoId, incident.organizationId) ??
      (practiceDpo ? { email: practiceDpo, locale: practiceLocale.get(incident.organizationId)! } : undefined);
    const groups = recipientsByLanguage([dpo, member(incident.ownerId, incident.organizationId)]);
    if (groups.length === 0) {
      report.withoutRecipient += 1;
      continue;
    }
    perReminder.push(
      groups.map(({ locale, to }, index) => ({
        kind: "email",
        idempotencyKey: index === 0 ? reminder.key : `${reminder.key}:${locale}`,
        payload: reminderEmail({ to, locale, incident, deadline: reminder.deadline, now, appUrl: ctx.env.appUrl }),
        availableAt: now,
        organizationId: incident.organizationId,
        incidentId: incident.id,
      })),
    );
  }
  // A reminder's e-mails (one per language) go in one transaction: the read above looks for the first's key only.
  for (const reminders of chunked(perReminder, REMINDER_BATCH)) {
    const batch = reminders.flat();
    const results = await writeTransaction(ctx.db, ctx.provider, (tx) => enqueueMany(tx, ctx.provider, batch, now));
    for (const result of results) {
      if (result.enqueued) report.enqueued += 1;
      else report.alreadyQueued += 1;
    }
  }
  return report;
}

function deadlineOf(row: {
  regime: string;
  obligation: string;
  basis: string;
  dueAt: Date;
  dueUnder1182At: Date | null;
  period: string;
  internalTarget: boolean;
  provisional: boolean;
}): Deadline {
  return {
    regime: row.regime as RegimeId,
    obligation: row.obligation as ObligationId,
    basis: row.basis,
    due: row.dueAt,
    ...(row.dueUnder1182At ? { dueUnder1182: row.dueUnder1182At } : {}),
    period: JSON.parse(row.period) as Period,
    internalTarget: row.internalTarget,
    provisional: row.provisional,
  };
}

/** The incidents of the reminders to queue, with their titles decrypted: only these. */
async function withIncidents(
  ctx: ServiceContext,
  reminders: ReadonlyArray<{ key: string; incidentId: string; deadline: Deadline }>,
): Promise<PlannedReminder[]> {
  const incidents = new Map<string, PlannedReminder["incident"]>();
  for (const ids of chunked([...new Set(reminders.map((reminder) => reminder.incidentId))])) {
    const rows = await ctx.db.incident.findMany({
      where: { id: { in: ids }, state: { in: OPEN_STATES } },
      select: { id: true, reference: true, title: true, timeZone: true, organizationId: true, ownerId: true, dpoId: true },
    });
    for (const row of rows) incidents.set(row.id, { ...row, title: incidentTitle(row) });
  }
  return reminders.flatMap(({ key, incidentId, deadline }) => {
    const incident = incidents.get(incidentId);
    return incident ? [{ key, incident, deadline }] : [];
  });
}
