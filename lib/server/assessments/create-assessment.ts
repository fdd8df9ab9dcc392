import { assessBreach } from "@/lib/domain/risk";
import { assessmentCreateSchema, type AssessmentCreate, type AssessmentCreateInput } from "@/lib/schemas/assessment";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import { sealedEventSummary } from "@/lib/server/incidents/timeline/sealed-event-summary";
import { changedBy } from "@/lib/server/incidents/permissions";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import { parseInput } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findIncidentForDpo } from "./assessment-access";
import { assessmentSelect, toAssessmentDto, type AssessmentDto } from "./assessment-dto";
import { decide } from "./decisions";
import { completeFacts } from "./missing-facts";
import { moveIncidentState } from "./move-incident-state";
import { incidentDtoSelect } from "@/lib/server/incidents/incident-dto";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

const inWords = (id: string) => id.replace(/_/g, " ");

/**
 * Records a new version of the incident's risk assessment: the facts as they are now, Breachdesk's suggestion
 * from them, and the DPO's decision for the authority and for the people, each with its written rationale.
 * An incident under assessment becomes "decided". One transaction: the assessment, the timeline event, the
 * state change and their audit entries commit together.
 */
export async function createAssessment(
  ctx: ServiceContext,
  actor: Actor,
  input: AssessmentCreateInput & { incidentVersion?: number },
): Promise<ServiceResult<AssessmentDto>> {
  const { incidentVersion, ...rest } = input;
  const parsed = parseInput(assessmentCreateSchema, rest, ctx.now());
  return parsed.ok ? createAssessmentParsed(ctx, actor, parsed.value, incidentVersion) : parsed;
}

/** The same for a decision its edge has parsed already; `incidentVersion`, when given, is the version the DPO saw. */
export async function createAssessmentParsed(
  ctx: ServiceContext,
  actor: Actor,
  data: AssessmentCreate,
  incidentVersion?: number,
): Promise<ServiceResult<AssessmentDto>> {
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentForDpo(tx, actor, data.incidentId, "record the risk assessment and decision");
    if (!found.ok) return found;
    const incident = found.value;
    if (incidentVersion !== undefined && incidentVersion !== incident.version) {
      return conflict("The incident changed since you opened it: review the facts and the suggestion again before deciding.");
    }
    const facts = completeFacts(JSON.parse(incident.facts));
    if (!facts.ok) return invalid(facts.fields);
    const suggestion = assessBreach(facts.facts);
    const decided = decide(suggestion, data);
    if (!decided.ok) return invalid(decided.fields);

    const previous = await tx.assessment.findFirst({
      where: { incidentId: incident.id },
      orderBy: { version: "desc" },
      select: { version: true },
    });
    const version = (previous?.version ?? 0) + 1;
    const person = changedBy(actor);
    const id = newRowId();
    const row = await tx.assessment.create({
      data: {
        id,
        incidentId: incident.id,
        version,
        factsSnapshot: JSON.stringify(facts.facts),
        suggestion: JSON.stringify(suggestion),
        riskLevel: suggestion.riskLevel,
        ...decided.value,
        authorityRationale: seal(data.authorityRationale, at("assessment", "authorityRationale", id)),
        subjectsRationale: seal(data.subjectsRationale, at("assessment", "subjectsRationale", id)),
        decidedById: person,
        decidedAt: now,
      },
      select: assessmentSelect,
    });
    await refreshIncidentDeadlines(tx, [incident.id]);
    const overrides = [decided.value.authorityOverridden && "authority", decided.value.subjectsOverridden && "people"].filter(Boolean);
    await tx.incidentEvent.create({
      data: {
        incidentId: incident.id,
        happenedAt: now,
        kind: "assessed",
        ...sealedEventSummary(
          // The timeline is read by people: the decisions in words, not their stored ids ("do_not_notify").
          `Risk assessment v${version}: ${suggestion.riskLevel} risk; authority: ` +
            `${inWords(decided.value.authorityDecision)}; people: ${inWords(decided.value.subjectsDecision)}` +
            (overrides.length ? ` (suggestion overridden for ${overrides.join(" and ")})` : ""),
        ),
        recordedById: person,
        recordedAt: now,
      },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "assessment.create",
        organizationId: incident.organizationId,
        incidentId: incident.id,
        detail: { reference: incident.reference, assessmentId: row.id, version, riskLevel: suggestion.riskLevel, ...decided.value },
      },
      now,
    );
    if (incident.state === "under_assessment") await moveIncidentState(tx, actor, incident, "decided", now);
    // A decision recorded straight from "reported" was an assessment: both steps go on the timeline, and the
    // file never offers "Start the assessment" once it is done.
    if (incident.state === "reported") {
      await moveIncidentState(tx, actor, incident, "under_assessment", now);
      await moveIncidentState(
        tx,
        actor,
        await tx.incident.findUniqueOrThrow({ where: { id: incident.id }, select: incidentDtoSelect }),
        "decided",
        now,
      );
    }
    return ok(toAssessmentDto(row));
  });
}
