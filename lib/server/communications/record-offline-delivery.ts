import { formatForPeople } from "@/lib/domain/deadlines";
import { offlineDeliverySchema, type OfflineDelivery, type OfflineDeliveryInput } from "@/lib/schemas/communication";
import type { FieldError } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { at, sealOptional } from "@/lib/server/crypto/sealed-text";
import { sealedEventSummary } from "@/lib/server/incidents/timeline/sealed-event-summary";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { changedBy } from "@/lib/server/incidents/permissions";
import { conflict, invalid, ok, type ServiceFailure, type ServiceResult } from "@/lib/server/result";
import { parsingEntry } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { communicationSelect, findCommunicationFor, type CommunicationRow } from "./communication-access";
import { toCommunicationDto, type CommunicationDto } from "./communication-dto";
import { checkLetterExceptions, writePostedLetters, type LetterPlan } from "./posted-letters";

/** A clock a few minutes fast on the DPO's machine is not a posting from the future (as for filings). */
const CLOCK_SKEW_MS = 5 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

export interface RecordedDelivery {
  communication: CommunicationDto;
  /** Letters posted (0 for a public notice). */
  posted: number;
  /** Letters not posted: recorded as failed, each with its reason. */
  notPosted: number;
}

function stateProblem(communication: CommunicationRow): ServiceFailure | null {
  if (communication.channel === "email") {
    return invalid([
      {
        field: "channel",
        problem: "is email: e-mails are sent through Breachdesk (send), only letters and public notices are recorded by hand",
      },
    ]);
  }
  if (communication.status === "draft")
    return conflict("Only an approved communication can be recorded as posted or published: the DPO approves it first.");
  if (communication.status !== "approved") {
    const when = communication.sentAt ? ` on ${formatForPeople(communication.sentAt, communication.incident.timeZone)}` : "";
    const what =
      communication.channel === "letter" ? "letters were already recorded as posted" : "notice was already recorded as published";
    return conflict(`This communication is ${communication.status}: its ${what}${when}.`);
  }
  return null;
}

function fieldProblems(communication: CommunicationRow, data: OfflineDelivery, now: Date): FieldError[] {
  const problems: FieldError[] = [];
  const zone = communication.incident.timeZone;
  if (data.sentAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ field: "sentAt", problem: "must not be in the future" });
  // The form takes minutes: posting in the minute of the approval is not "before" it.
  const approvedMinute = communication.approvedAt ? Math.floor(communication.approvedAt.getTime() / MINUTE_MS) * MINUTE_MS : null;
  if (approvedMinute !== null && data.sentAt.getTime() < approvedMinute) {
    problems.push({
      field: "sentAt",
      problem: `must not be before the approval (${formatForPeople(communication.approvedAt!, zone)}): what is sent is the approved text`,
    });
  }
  if (communication.channel === "public_notice") {
    if (!data.where) problems.push({ field: "where", problem: "is required: where the notice was published (a URL or a place)" });
    if (data.how) problems.push({ field: "how", problem: "must be empty for a public notice: say where it was published in where" });
    if (data.notPosted?.length)
      problems.push({ field: "notPosted", problem: "must be empty: a public notice is not addressed to a list of people" });
  } else if (data.where) {
    problems.push({ field: "where", problem: "must be empty for letters: say how they were posted in how" });
  }
  return problems;
}

function timelineSummary(channel: string, data: OfflineDelivery, posted: number, notPosted: number): string {
  if (channel === "public_notice") return `Public notice published at ${data.where}`;
  const people = posted === 1 ? "1 person" : `${posted} people`;
  return `Letters posted to ${people}${data.how ? ` (${data.how})` : ""}${notPosted > 0 ? `; ${notPosted} not posted` : ""}`;
}

/** The entry for an input nobody parsed yet (the CLI, scripts, tests): parsed here, once. */
export const recordOfflineDelivery = parsingEntry<OfflineDeliveryInput, OfflineDelivery, RecordedDelivery>(
  offlineDeliverySchema,
  recordOfflineDeliveryParsed,
);

/**
 * The DPO records what happened outside Breachdesk (GDPR Art. 34): the approved letters were posted, or the
 * public notice of Art. 34(3)(c) was published. In one transaction: the communication becomes "sent" (or
 * "partially_failed" when some letters were not posted) at the instant given, each person posted to is
 * "sent" with the letter exactly as printed kept sealed (as e-mails are kept), the exceptions are "failed"
 * with their reason, the timeline and the audit trail say so, and the incident's stored deadlines are
 * refreshed so the dashboard's Art. 34 clock closes at once. Recorded once: a second recording is a conflict.
 */
export async function recordOfflineDeliveryParsed(
  ctx: ServiceContext,
  actor: Actor,
  data: OfflineDelivery,
): Promise<ServiceResult<RecordedDelivery>> {
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, data.communicationId, "record_delivery");
    if (!found.ok) return found;
    const communication = found.value;
    const refused = stateProblem(communication);
    if (refused) return refused;
    const problems = fieldProblems(communication, data, now);
    if (problems.length > 0) return invalid(problems);

    // Everything that can refuse is checked before the first write: a refusal must leave nothing behind.
    let letters: LetterPlan | null = null;
    if (communication.channel === "letter") {
      const checked = await checkLetterExceptions(tx, communication, data.notPosted ?? []);
      if (!checked.ok) return checked;
      letters = checked.value;
    }
    const notPosted = letters?.exceptions.size ?? 0;
    // Conditional on "approved", so of two recordings at the same moment exactly one goes through.
    const claimed = await tx.communication.updateMany({
      where: { id: communication.id, status: "approved" },
      data: {
        status: notPosted > 0 ? "partially_failed" : "sent",
        sentAt: data.sentAt,
        sentVia: sealOptional(data.how ?? data.where ?? null, at("communication", "sentVia", communication.id)),
      },
    });
    if (claimed.count !== 1) return conflict("This communication was recorded as sent meanwhile.");
    const posted = letters ? await writePostedLetters(tx, communication, letters, data.sentAt) : 0;

    const { incidentId } = communication;
    await refreshIncidentDeadlines(tx, [incidentId]);
    await tx.incidentEvent.create({
      data: {
        incidentId,
        happenedAt: data.sentAt,
        kind: "communicated",
        ...sealedEventSummary(timelineSummary(communication.channel, data, posted, notPosted)),
        recordedById: changedBy(actor),
        recordedAt: now,
      },
    });
    const row = await tx.communication.findUniqueOrThrow({ where: { id: communication.id }, select: communicationSelect });
    await appendAudit(
      tx,
      actor,
      {
        action: communication.channel === "letter" ? "communication.letters.posted" : "communication.notice.published",
        organizationId: communication.incident.organizationId,
        incidentId,
        // Counts only: who was not written to, and why, stays on the people's rows.
        detail: {
          communicationId: communication.id,
          channel: communication.channel,
          status: row.status,
          sentAt: data.sentAt.toISOString(),
          posted,
          notPosted,
        },
      },
      now,
    );
    return ok({ communication: toCommunicationDto(row), posted, notPosted });
  });
}
