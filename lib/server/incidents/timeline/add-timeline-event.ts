import { toFieldErrors } from "@/lib/schemas/field-errors";
import { timelineEventAddSchema, type TimelineEventAddInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { sealedEventSummary } from "@/lib/server/incidents/timeline/sealed-event-summary";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { changedBy } from "@/lib/server/incidents/permissions";
import { timelineEventSelect, toTimelineEventDto, type TimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";

/** Records a dated event on the incident's timeline; what happened may be earlier than when it is recorded. */
export async function addTimelineEvent(
  ctx: ServiceContext,
  actor: Actor,
  input: TimelineEventAddInput,
): Promise<ServiceResult<TimelineEventDto>> {
  const parsed = timelineEventAddSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { incidentId, happenedAt, kind, summary } = parsed.data;
  const now = ctx.now();
  if (happenedAt.getTime() > now.getTime()) return invalid([{ field: "happenedAt", problem: "must not be in the future" }]);

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, incidentId, "add_event");
    if (!found.ok) return found;
    const event = await tx.incidentEvent.create({
      data: { incidentId, happenedAt, kind, ...sealedEventSummary(summary), recordedById: changedBy(actor), recordedAt: now },
      select: timelineEventSelect,
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.event.add",
        organizationId: found.value.organizationId,
        incidentId,
        detail: { eventId: event.id, kind, happenedAt: happenedAt.toISOString() },
      },
      now,
    );
    return ok(toTimelineEventDto(event));
  });
}
