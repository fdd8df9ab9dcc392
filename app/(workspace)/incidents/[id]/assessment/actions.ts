"use server";

import { revalidatePath } from "next/cache";
import type { AssessmentCreateInput } from "@/lib/schemas/assessment";
import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { failureState, formText, type FormState } from "@/lib/server/actions/form-state";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { currentActor } from "@/lib/server/auth/current-actor";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { defaultContext } from "@/lib/server/service-context";

const signedOut = {
  status: "error",
  message: "Your session has ended: sign in again. What you typed is still in this page.",
  fields: {},
} as const;

async function session() {
  const actor = await currentActor();
  return actor && !actor.needsTwoFactor ? { actor, ctx: await defaultContext() } : null;
}

/** The DPO's decision on the risk assessment (accept or override, per audience, each with a rationale). */
export async function decideAction(_previous: FormState<number>, form: FormData): Promise<FormState<number>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  const incidentId = formText(form, "incidentId") ?? "";
  const overrideTo = formText(form, "subjectsOverrideTo");
  const input: AssessmentCreateInput & { incidentVersion?: number } = {
    incidentId,
    authorityDecision: (formText(form, "authorityDecision") ?? "") as AssessmentCreateInput["authorityDecision"],
    authorityRationale: formText(form, "authorityRationale") ?? "",
    subjectsDecision: (formText(form, "subjectsDecision") ?? "") as AssessmentCreateInput["subjectsDecision"],
    subjectsRationale: formText(form, "subjectsRationale") ?? "",
    ...(overrideTo && formText(form, "subjectsDecision") === "override"
      ? { subjectsOverrideTo: overrideTo as AssessmentCreateInput["subjectsOverrideTo"] }
      : {}),
    ...(formText(form, "incidentVersion") ? { incidentVersion: Number(formText(form, "incidentVersion")) } : {}),
  };
  const result = await createAssessment(signedIn.ctx, signedIn.actor, input);
  if (!result.ok) return failureState(result, form);
  revalidatePath(`/incidents/${incidentId}/assessment`);
  revalidatePath(`/incidents/${incidentId}`);
  return { status: "done", value: result.value.version };
}

/** Saves the questionnaire's answers as the incident's facts (a manager or the DPO; the version guards edits). */
export async function saveFactsAction(input: {
  incidentId: string;
  version: number;
  facts: BreachFactsDraft;
  confirmedFacts?: string[];
}): Promise<FormState<number>> {
  const signedIn = await session();
  if (!signedIn) return signedOut;
  // The assumed answers the person gave again count as confirmed, even where the value stayed the same.
  const confirmed = input.confirmedFacts?.length ? { confirmedFacts: input.confirmedFacts } : {};
  const result = await updateIncident(signedIn.ctx, signedIn.actor, {
    incidentId: input.incidentId,
    version: input.version,
    facts: input.facts,
    ...confirmed,
  });
  if (!result.ok) return failureState(result);
  revalidatePath(`/incidents/${input.incidentId}/assessment`);
  return { status: "done", value: result.value.version };
}
