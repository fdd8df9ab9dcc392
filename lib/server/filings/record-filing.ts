import { LATE_REASON_MIN, filingCreateSchema, type FilingCreate, type FilingCreateInput } from "@/lib/schemas/filing";
import type { FieldError } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { findIncidentForDpo } from "@/lib/server/assessments/assessment-access";
import { moveIncidentState } from "@/lib/server/assessments/move-incident-state";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal, sealOptional } from "@/lib/server/crypto/sealed-text";
import { sealedEventSummary } from "@/lib/server/incidents/timeline/sealed-event-summary";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import type { IncidentRow } from "@/lib/server/incidents/incident-dto";
import { changedBy } from "@/lib/server/incidents/permissions";
import { UNKNOWN_AUTHORITY_PROBLEM, buildDraft, filingDeadlineOf, isKnownAuthority } from "@/lib/server/notification/notification-draft";
import { loadNotificationInput } from "@/lib/server/notification/notification-input";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import { parsingEntry } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction, type Tx } from "@/lib/server/transaction";
import { filingSelect, toFilingDto, type FilingDto } from "./filing-dto";
import { formatForPeople, judgeFiling, type FilingStanding } from "@/lib/domain/deadlines";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

/** A clock a few minutes fast on the DPO's machine is not a filing from the future. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

/** The entry for an input nobody parsed yet (the CLI, scripts, tests): parsed here, once. */
export const recordFiling = parsingEntry<FilingCreateInput, FilingCreate, FilingDto>(filingCreateSchema, recordFilingParsed);

/**
 * Records a filing with the supervisory authority (the DPO's act): the Art. 33 content exactly as it stands
 * at that moment, the channel and time, the authority's case number, the receipt (as an attachment with
 * purpose "receipt"), and, when the first filing comes after the 72-hour deadline, the reasons for the delay
 * (Art. 33(1)), which are then required. The first filing moves a decided incident to "notified".
 */
export async function recordFilingParsed(ctx: ServiceContext, actor: Actor, data: FilingCreate): Promise<ServiceResult<FilingDto>> {
  const now = ctx.now();
  if (data.authority && !isKnownAuthority(data.authority)) {
    return invalid([{ field: "authority", problem: UNKNOWN_AUTHORITY_PROBLEM }]);
  }

  // Checked before the receipt is stored, so a refused filing leaves no file behind.
  const checked = await checkFiling(ctx.db, actor, data, now);
  if (!checked.ok) return checked;

  let receiptAttachmentId: string | null = null;
  if (data.receipt) {
    const attached = await addAttachment(ctx, actor, { incidentId: data.incidentId, purpose: "receipt", file: data.receipt });
    if (!attached.ok)
      return attached.error === "invalid"
        ? invalid(attached.fields.map((f) => ({ ...f, field: f.field === "file" ? "receipt" : f.field })))
        : attached;
    receiptAttachmentId = attached.value.id;
  }

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const again = await checkFiling(tx, actor, data, now);
    if (!again.ok) return again;
    const { incident, first } = again.value;
    const sources = await loadNotificationInput(tx, incident);
    // The content as sent: judged at the filing's own time, with the delay reasons given now for a first filing.
    if (first && data.lateReason) sources.input.lateReasons = data.lateReason;
    const draft = buildDraft(incident, sources, data.filedAt, data.authority);
    const id = newRowId();
    const row = await tx.filing.create({
      data: {
        id,
        incidentId: incident.id,
        authority: draft.authority.id,
        kind: data.kind,
        channel: data.channel,
        filedAt: data.filedAt,
        content: seal(JSON.stringify(draft.content), at("filing", "content", id)),
        authorityReference: sealOptional(data.authorityReference, at("filing", "authorityReference", id)),
        lateReason: sealOptional(data.lateReason, at("filing", "lateReason", id)),
        receiptAttachmentId,
        filedById: changedBy(actor),
        createdAt: now,
      },
      select: filingSelect,
    });
    await refreshIncidentDeadlines(tx, [incident.id]);
    await tx.incidentEvent.create({
      data: {
        incidentId: incident.id,
        happenedAt: data.filedAt,
        kind: "filed",
        ...sealedEventSummary(
          `${data.kind.replace("_", "-")} notification filed with ${draft.authority.name} ` +
            `(${data.channel.replace("_", " ")})${data.authorityReference ? `, reference ${data.authorityReference}` : ""}`,
        ),
        recordedById: changedBy(actor),
        recordedAt: now,
      },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "filing.create",
        organizationId: incident.organizationId,
        incidentId: incident.id,
        detail: {
          reference: incident.reference,
          filingId: row.id,
          authority: draft.authority.id,
          kind: data.kind,
          channel: data.channel,
          filedAt: data.filedAt.toISOString(),
          late: again.value.late,
          ...(again.value.standing ? { standing: again.value.standing } : {}),
          receiptAttachmentId,
        },
      },
      now,
    );
    if (first && incident.state === "decided") await moveIncidentState(tx, actor, incident, "notified", now);
    return ok(toFilingDto(row));
  });
}

interface FilingCheck {
  incident: IncidentRow;
  first: boolean;
  late: boolean;
  /** A first filing against the deadline and the legal limit of Regulation 1182/71. */
  standing: FilingStanding | null;
}

async function checkFiling(
  db: Parameters<typeof findIncidentForDpo>[0],
  actor: Actor,
  data: { incidentId: string; kind: string; filedAt: Date; lateReason?: string | undefined },
  now: Date,
): Promise<ServiceResult<FilingCheck>> {
  const found = await findIncidentForDpo(db, actor, data.incidentId, "record a filing with the authority");
  if (!found.ok) return found;
  const incident = found.value;
  const problems: FieldError[] = [];
  if (data.filedAt.getTime() > now.getTime() + CLOCK_SKEW_MS) problems.push({ field: "filedAt", problem: "must not be in the future" });
  if (data.filedAt.getTime() < incident.awareAt.getTime())
    problems.push({ field: "filedAt", problem: "must not be before the practice became aware of the breach" });
  const earlier = await (db as Tx).filing.count({ where: { incidentId: incident.id } });
  const first = earlier === 0;
  if (first && data.kind === "follow_up")
    problems.push({ field: "kind", problem: "cannot be follow_up: nothing has been filed yet (choose initial or complete)" });
  if (!first && data.kind === "initial")
    problems.push({ field: "kind", problem: "cannot be initial: a filing was already recorded (choose follow_up or complete)" });
  const deadline = filingDeadlineOf(incident);
  const judged = first && deadline !== null ? judgeFiling(deadline, data.filedAt) : null;
  const late = judged?.late ?? false;
  // Lateness is judged only on a plausible filing time: a typo in the date must not also ask for a reason.
  if (problems.length === 0 && late && (data.lateReason ?? "").trim().length < LATE_REASON_MIN) {
    problems.push({
      field: "lateReason",
      problem:
        `is required: the notification is filed ${judged!.inWords} (deadline ` +
        `${formatForPeople(deadline!.due, incident.timeZone)}); give the reasons for the delay ` +
        `(GDPR Art. 33(1)) in at least ${LATE_REASON_MIN} characters`,
    });
  }
  return problems.length ? invalid(problems) : ok({ incident, first, late, standing: judged?.standing ?? null });
}
