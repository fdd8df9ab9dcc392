import type { IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import type { ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { timelineEventSelect, toTimelineEventDto, type TimelineEventDto } from "@/lib/server/incidents/timeline/timeline-event-dto";
import { listOfIncident } from "@/lib/server/incidents/list-of-incident";

/** The incident's timeline in the order things happened; audited like any read of incident data. */
export async function listTimelineEvents(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
): Promise<ServiceResult<TimelineEventDto[]>> {
  return listOfIncident(ctx, actor, input, {
    action: "incident.timeline.read",
    counted: "events",
    rows: (incidentId) =>
      ctx.db.incidentEvent.findMany({
        where: { incidentId },
        orderBy: [{ happenedAt: "asc" }, { recordedAt: "asc" }, { id: "asc" }],
        select: timelineEventSelect,
      }),
    toDto: toTimelineEventDto,
  });
}
