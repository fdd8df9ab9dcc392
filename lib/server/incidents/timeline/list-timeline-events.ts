import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { timelineEventSelect, toTimelineEventDto, type TimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";

/** The incident's timeline in the order things happened; audited like any read of incident data. */
export async function listTimelineEvents(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
): Promise<ServiceResult<TimelineEventDto[]>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const rows = await ctx.db.incidentEvent.findMany({
    where: { incidentId: found.value.id },
    orderBy: [{ happenedAt: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
    select: timelineEventSelect,
  });
  await auditRead(ctx, actor, {
    action: "incident.timeline.read",
    organizationId: found.value.organizationId,
    incidentId: found.value.id,
    detail: { events: rows.length },
  });
  return ok(rows.map(toTimelineEventDto));
}
