import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentIntakeSchema, type IncidentIntakeInput } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { assumedAtIntake } from "@/lib/server/incidents/assumed-answers";
import { incidentDtoSelect, toIncidentDto, type IncidentDto } from "@/lib/server/incidents/incident-dto";
import { insertIncident } from "@/lib/server/incidents/insert-incident";
import { changedBy, INCIDENT_PERMISSIONS } from "@/lib/server/incidents/permissions";
import { resolveOrganization } from "@/lib/server/incidents/resolve-organization";

/**
 * Logs an incident: as a draft (`submit` false: partial facts are fine) or reported (`submit` true: the
 * facts must be complete). The regimes default to the organisation's.
 */
export async function createIncident(ctx: ServiceContext, actor: Actor, input: IncidentIntakeInput): Promise<ServiceResult<IncidentDto>> {
  const now = ctx.now();
  const parsed = incidentIntakeSchema(input, now).safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const intake = parsed.data;
  // Only the wizard sends it: an integration that says nothing states every fact (none assumed).
  const assumedFacts = assumedAtIntake(intake.assumedFacts, intake);

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const organization = await resolveOrganization(tx, actor, intake.organization, INCIDENT_PERMISSIONS.create);
    if (!organization.ok) return organization;
    const created = await insertIncident(
      tx,
      {
        organizationId: organization.value.id,
        title: intake.title,
        description: intake.description,
        occurredAt: intake.occurredAt ?? null,
        discoveredAt: intake.discoveredAt ?? null,
        awareAt: intake.awareAt,
        timeZone: intake.timeZone,
        facts: intake.facts,
        assumedFacts,
        regimes: intake.regimes ?? organization.value.regimes,
        state: intake.submit ? "reported" : "draft",
        createdById: changedBy(actor),
        discoveryMethod: intake.discoveryMethod ?? null,
        awarenessDelayReason: intake.awarenessDelayReason ?? null,
        containment: intake.containment ?? null,
        ongoing: intake.ongoing,
        containedAt: intake.containedAt ?? null,
      },
      now,
    );
    await appendAudit(
      tx,
      actor,
      {
        action: "incident.create",
        organizationId: organization.value.id,
        incidentId: created.id,
        // No title: it may name a patient, and the audit trail is kept in clear (README, "Accounts and security").
        detail: { reference: created.reference, state: created.state, assumedFacts },
      },
      now,
    );
    const row = await tx.incident.findUniqueOrThrow({ where: { id: created.id }, select: incidentDtoSelect });
    return ok(toIncidentDto(row));
  });
}
