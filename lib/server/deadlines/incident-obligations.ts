/**
 * Which of an incident's deadlines are still open: computeDeadlines gives every deadline of its regimes, and
 * what was recorded (filings, sent communications) says which are met. Pure, so the dashboard, the
 * reminders and the calendar all judge "met" the same way.
 *
 * How records meet obligations (a filing row carries no regime, so one filing counts for every regime):
 * - the first notification of a regime (notify-authority, notify-controller, early-warning, notify-hhs) is
 *   met by any filing, whatever its lateness (a late filing still meets it; its delay reasons are the
 *   filing's business);
 * - NIS2's incident notification by a second filing or a complete one (the first being the early warning);
 * - the follow-ups of a phased notification (follow-up, complete notification, final report) by a filing of
 *   kind "complete"; until then the next follow-up is due a fixed time after the latest filing;
 * - telling the people (communicate-subjects, HIPAA individuals) by a sent communication, HIPAA's media
 *   notice by a sent public notice.
 */
import {
  computeDeadlines,
  followUpDue,
  isRegimeId,
  practiceHolidays,
  type Deadline,
  type FirstFiling,
  type InternalTargets,
  type ObligationId,
  type RegimeId,
} from "@/lib/domain/deadlines";

export interface IncidentRecords {
  id: string;
  awareAt: Date;
  timeZone: string;
  /** JSON text of regime ids, as stored. */
  regimes: string;
  /** Only what the deadlines depend on; read from the stored facts JSON. */
  role: "controller" | "processor";
  subjects?: number;
  highRisk: boolean;
  filings: ReadonlyArray<{ kind: string; filedAt: Date }>;
  /** Channels of the communications that were sent. */
  sentCommunications: ReadonlyArray<{ channel: string }>;
  /** The practice's internal targets (internal-targets-policy.ts); the domain's defaults when absent. */
  targets?: InternalTargets;
  /**
   * The practice's country: the Member State where it notifies, whose public holidays extend EU periods in
   * days and months (Regulation 1182/71). Nationwide holidays only: a practice records no region.
   */
  country?: string;
}

const FIRST_NOTIFICATIONS: ReadonlySet<ObligationId> = new Set([
  "notify-authority",
  "notify-controller",
  "notify-covered-entity",
  "early-warning",
  "notify-hhs",
]);
const FOLLOW_UPS: ReadonlySet<ObligationId> = new Set(["follow-up-notification", "complete-notification", "final-report"]);

export function parseRegimes(stored: string): RegimeId[] {
  try {
    const value: unknown = JSON.parse(stored);
    return Array.isArray(value) ? value.filter((id): id is RegimeId => typeof id === "string" && isRegimeId(id)) : [];
  } catch {
    return [];
  }
}

/** The facts the deadlines depend on; a draft may lack them, and then the conservative answer stands. */
export function deadlineFacts(storedFacts: string): { role: "controller" | "processor"; subjects?: number } {
  try {
    const facts = JSON.parse(storedFacts) as { role?: unknown; subjects?: { count?: unknown } };
    const count = facts.subjects?.count;
    return {
      role: facts.role === "processor" ? "processor" : "controller",
      ...(typeof count === "number" && Number.isFinite(count) ? { subjects: count } : {}),
    };
  } catch {
    return { role: "controller" };
  }
}

/** High risk once the latest assessment says so or decided to tell the people. */
export function isHighRisk(latest: { riskLevel: string; subjectsDecision: string } | undefined): boolean {
  if (!latest) return false;
  return latest.riskLevel === "high" || latest.subjectsDecision === "communicate" || latest.subjectsDecision === "public_communication";
}

function byTime<T extends { filedAt: Date }>(filings: readonly T[]): T[] {
  return [...filings].sort((a, b) => a.filedAt.getTime() - b.filedAt.getTime());
}

function isMet(deadline: Deadline, records: IncidentRecords, filings: ReadonlyArray<{ kind: string; filedAt: Date }>): boolean {
  const complete = filings.some((filing) => filing.kind === "complete");
  if (FIRST_NOTIFICATIONS.has(deadline.obligation)) return filings.length > 0;
  if (deadline.obligation === "incident-notification") return filings.length >= 2 || complete;
  if (FOLLOW_UPS.has(deadline.obligation)) return complete;
  if (
    deadline.obligation === "communicate-subjects" ||
    deadline.obligation === "notify-individuals" ||
    deadline.obligation === "notify-subscribers"
  ) {
    return records.sentCommunications.length > 0;
  }
  if (deadline.obligation === "notify-media") return records.sentCommunications.some((c) => c.channel === "public_notice");
  return false;
}

/*
 * openDeadlines is pure, and the dashboard asks it the same questions every few seconds for hundreds of
 * incidents: the answers are kept by their inputs (bounded; emptied when full), so time-zone arithmetic runs
 * only when something about an incident changed.
 */
const MEMO_LIMIT = 20_000;
const memo = new Map<string, readonly Deadline[]>();

function memoKey(records: IncidentRecords): string {
  const filings = records.filings.map((filing) => `${filing.kind}@${filing.filedAt.getTime()}`).join(",");
  const sent = records.sentCommunications.map((communication) => communication.channel).join(",");
  const targets = records.targets
    ? `${records.targets.notifyControllerHours}/${records.targets.communicateSubjectsHours}/${records.targets.followUpHours}`
    : "";
  return [
    records.id,
    records.awareAt.getTime(),
    records.timeZone,
    records.regimes,
    records.role,
    records.subjects ?? "",
    records.highRisk,
    filings,
    sent,
    targets,
    records.country ?? "",
  ].join("|");
}

/** The incident's deadlines not yet met, nearest first. */
export function openDeadlines(records: IncidentRecords): readonly Deadline[] {
  const key = memoKey(records);
  const known = memo.get(key);
  if (known) return known;
  if (memo.size >= MEMO_LIMIT) memo.clear();
  const computed = computeOpenDeadlines(records);
  memo.set(key, computed);
  return computed;
}

function computeOpenDeadlines(records: IncidentRecords): Deadline[] {
  const regimes = parseRegimes(records.regimes);
  const filings = byTime(records.filings);
  const first = filings[0];
  const firstFiling: FirstFiling | undefined = first
    ? { filedAt: first.filedAt, complete: filings.some((filing) => filing.kind === "complete") }
    : undefined;
  const deadlines = computeDeadlines({
    awareAt: records.awareAt,
    timeZone: records.timeZone,
    regimes,
    options: {
      role: records.role,
      highRisk: records.highRisk,
      ...(records.subjects === undefined ? {} : { subjects: records.subjects }),
      ...(records.targets ? { targets: records.targets } : {}),
      holidays: practiceHolidays(records.country),
      ...(firstFiling ? { firstFilings: Object.fromEntries(regimes.map((regime) => [regime, firstFiling])) } : {}),
    },
  });
  const latest = filings.at(-1);
  return deadlines
    .filter((deadline) => !isMet(deadline, records, filings))
    .map((deadline) =>
      // Art. 33(4): each further instalment is due a fixed time after the previous one, not the first.
      deadline.obligation === "follow-up-notification" && latest
        ? { ...deadline, due: followUpDue(latest.filedAt, records.targets?.followUpHours) }
        : deadline,
    )
    .sort((a, b) => a.due.getTime() - b.due.getTime());
}
