import { assessBreach, type Assessment } from "@/lib/domain/risk";
import { toFieldErrors, type FieldError } from "@/lib/schemas/field-errors";
import { incidentRefSchema, type IncidentRefInput } from "@/lib/schemas/incident-work";
import type { Actor } from "@/lib/server/actor";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { assessmentSelect, toAssessmentDto, type AssessmentDto } from "./assessment-dto";
import { factsFingerprint } from "./facts-fingerprint";
import { completeFacts } from "./missing-facts";
import { listOfIncident } from "@/lib/server/incidents/list-of-incident";

/** Every version of the incident's assessment, newest first; anyone who may read the incident may read them. */
export async function listAssessments(ctx: ServiceContext, actor: Actor, input: IncidentRefInput): Promise<ServiceResult<AssessmentDto[]>> {
  return listOfIncident(ctx, actor, input, {
    action: "assessment.list",
    counted: "versions",
    rows: (incidentId) => ctx.db.assessment.findMany({ where: { incidentId }, orderBy: { version: "desc" }, select: assessmentSelect }),
    toDto: toAssessmentDto,
  });
}

export interface CurrentAssessment {
  /** The latest version, or null when none was recorded yet. */
  assessment: AssessmentDto | null;
  /** True when the incident's facts changed since the latest assessment's snapshot: it must be redone. */
  outOfDate: boolean;
  /** The suggestion for the facts as they are now (null while they are incomplete), to compare with the recorded one. */
  suggestionNow: Assessment | null;
  /** What the facts still lack before an assessment can be recorded. */
  missingFacts: FieldError[];
  incidentVersion: number;
  incidentState: string;
}

export async function getCurrentAssessment(
  ctx: ServiceContext,
  actor: Actor,
  input: IncidentRefInput,
): Promise<ServiceResult<CurrentAssessment>> {
  const parsed = incidentRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const incident = found.value;
  const row = await ctx.db.assessment.findFirst({
    where: { incidentId: incident.id },
    orderBy: { version: "desc" },
    select: assessmentSelect,
  });
  const facts = completeFacts(JSON.parse(incident.facts));
  const assessment = row ? toAssessmentDto(row) : null;
  const outOfDate = assessment !== null && factsFingerprint(JSON.parse(incident.facts)) !== factsFingerprint(assessment.factsSnapshot);
  await auditRead(ctx, actor, {
    action: "assessment.read",
    organizationId: incident.organizationId,
    incidentId: incident.id,
    detail: { version: assessment?.version ?? null, outOfDate },
  });
  return ok({
    assessment,
    outOfDate,
    suggestionNow: facts.ok ? assessBreach(facts.facts) : null,
    missingFacts: facts.ok ? [] : facts.fields,
    incidentVersion: incident.version,
    incidentState: incident.state,
  });
}
