import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import type { NotificationDetailsDto } from "@/lib/schemas/answers/notification-details";
import { readNotificationDetails } from "./notification-details-store";

/** The notification details of an incident and its version, for anyone who may read the incident; audited. */
export async function getNotificationDetails(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
): Promise<ServiceResult<NotificationDetailsDto>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const stored = await ctx.db.incident.findUniqueOrThrow({ where: { id: incident.id }, select: { notificationDetails: true } });
  const dto: NotificationDetailsDto = {
    incidentId: incident.id,
    reference: incident.reference,
    version: incident.version,
    details: readNotificationDetails(incident.id, stored.notificationDetails),
  };
  await auditRead(ctx, actor, {
    action: "notification.details.read",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { reference: incident.reference, version: incident.version },
  });
  return ok(dto);
}
