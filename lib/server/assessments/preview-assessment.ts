import { assessBreach, type Assessment } from "@/lib/domain/risk";
import { assessmentPreviewSchema, type AssessmentPreviewInput } from "@/lib/schemas/assessment";
import { toFieldErrors, type FieldError } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { completeFacts } from "./missing-facts";

export type AssessmentPreview = { complete: true; suggestion: Assessment } | { complete: false; missingFacts: FieldError[] };

/**
 * What the assessment would say for the incident's facts (or for answers not saved yet), without recording
 * anything: the questionnaire shows the effect of each answer as it is given. Nothing is written, so nothing
 * is audited; the facts shown are the caller's own answers.
 */
export async function previewAssessment(
  ctx: ServiceContext,
  actor: Actor,
  input: AssessmentPreviewInput,
): Promise<ServiceResult<AssessmentPreview>> {
  const parsed = assessmentPreviewSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findIncidentFor(ctx.db, actor, parsed.data.incidentId, "read");
  if (!found.ok) return found;
  const facts = completeFacts(parsed.data.facts ?? JSON.parse(found.value.facts));
  return ok(facts.ok ? { complete: true, suggestion: assessBreach(facts.facts) } : { complete: false, missingFacts: facts.fields });
}
