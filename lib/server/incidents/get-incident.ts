import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { toIncidentDto, type IncidentDto } from "@/lib/server/incidents/incident-dto";

/** One incident, decrypted, for someone who may read it; the read itself is audited ("incident.read"). */
export async function getIncident(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<IncidentDto>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const dto = toIncidentDto(found.value);
  await auditRead(ctx, actor, {
    action: "incident.read",
    organizationId: dto.organization.id,
    incidentId: dto.id,
    detail: { reference: dto.reference, version: dto.version },
  });
  return ok(dto);
}
