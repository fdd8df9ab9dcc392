"use server";

import { revalidatePath } from "next/cache";
import { assessmentCreateSchema } from "@/lib/schemas/assessment";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { sessionAction, signedOutState } from "@/lib/server/actions/action-session";
import { formAction } from "@/lib/server/actions/form-action";
import { failureState, type FormState } from "@/lib/server/actions/form-state";
import { createAssessmentParsed } from "@/lib/server/assessments/create-assessment";
import { updateIncident } from "@/lib/server/incidents/update-incident";

const assessmentPage = (incidentId: string) => `/incidents/${incidentId}/assessment`;

/** The DPO's decision on the risk assessment (accept or override, per audience, each with a rationale). */
export const decideAction = formAction({
  schema: assessmentCreateSchema,
  read: (form) => ({
    incidentId: form.text("incidentId"),
    authorityDecision: form.text("authorityDecision"),
    authorityRationale: form.text("authorityRationale"),
    subjectsDecision: form.text("subjectsDecision"),
    subjectsRationale: form.text("subjectsRationale"),
    subjectsOverrideTo: form.text("subjectsDecision") === "override" ? form.optional("subjectsOverrideTo") || undefined : undefined,
  }),
  // The version of the incident the DPO read: a decision on facts changed meanwhile is refused.
  runParsed: ({ ctx, actor }, input, form) =>
    createAssessmentParsed(ctx, actor, input, form.optional("incidentVersion") ? form.number("incidentVersion") : undefined),
  revalidate: (_assessment, input) => [assessmentPage(input.incidentId), `/incidents/${input.incidentId}`],
  answer: (assessment) => assessment.version,
});

/** Saves the questionnaire's answers as the incident's facts (a manager or the DPO; the version guards edits). */
export const saveFactsAction = sessionAction(
  async (
    { ctx, actor },
    input: { incidentId: string; version: number; facts: BreachFactsDraft; confirmedFacts?: string[] },
  ): Promise<FormState<number>> => {
    // The assumed answers the person gave again count as confirmed, even where the value stayed the same.
    const confirmed = input.confirmedFacts?.length ? { confirmedFacts: input.confirmedFacts } : {};
    const result = await updateIncident(ctx, actor, {
      incidentId: input.incidentId,
      version: input.version,
      facts: input.facts,
      ...confirmed,
    });
    if (!result.ok) return failureState(result);
    revalidatePath(assessmentPage(input.incidentId));
    return { status: "done", value: result.value.version };
  },
  signedOutState,
);
