import { incidentIntakeSchema, type IncidentIntake, type IncidentIntakeInput } from "@/lib/schemas/incident";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { parsingEntry } from "@/lib/server/parse-input";
import { ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { assumedAtIntake } from "@/lib/server/incidents/assumed-answers";
import { incidentDto, type IncidentDto } from "@/lib/server/incidents/incident-dto";
import { insertIncident } from "@/lib/server/incidents/insert-incident";
import { changedBy, INCIDENT_PERMISSIONS } from "@/lib/server/incidents/permissions";
import { resolveOrganization } from "@/lib/server/incidents/resolve-organization";

/** Logs an incident from an input nobody parsed yet (the CLI, scripts): parsed here, once. */
export const createIncident = parsingEntry<IncidentIntakeInput, IncidentIntake, IncidentDto>(incidentIntakeSchema, createIncidentParsed);

/**
 * Logs an incident: as a draft (`submit` false: partial facts are fine) or reported (`submit` true: the
 * facts must be complete). The regimes default to the organisation's. The edges that parsed the intake
 * already (the API, the intake's actions) call this directly.
 */
export async function createIncidentParsed(ctx: ServiceContext, actor: Actor, intake: IncidentIntake): Promise<ServiceResult<IncidentDto>> {
  const now = ctx.now();
  const { organization: slug, submit, assumedFacts: sentAsAssumed, ...values } = intake;
  // Only the wizard sends it: an integration that says nothing states every fact (none assumed).
  const assumedFacts = assumedAtIntake(sentAsAssumed, intake);

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const organization = await resolveOrganization(tx, actor, slug, INCIDENT_PERMISSIONS.create);
    if (!organization.ok) return organization;
    const created = await insertIncident(
      tx,
      {
        ...values,
        organizationId: organization.value.id,
        state: submit ? "reported" : "draft",
        createdById: changedBy(actor),
        assumedFacts,
        regimes: values.regimes ?? organization.value.regimes,
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
    // The answer is made of what was just written, not read back from the row.
    return ok(incidentDto({ ...created, organization: organization.value }, created.values));
  });
}
