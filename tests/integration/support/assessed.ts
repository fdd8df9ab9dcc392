import type { Actor } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import type { TestContext } from "./test-context";
import { value } from "./value";

/**
 * The DPO takes a reported incident under assessment and accepts both suggestions (tell the authority, tell
 * the people), giving `why` for each: the usual way a test reaches a recorded decision.
 */
export async function acceptBothSuggestions(
  ctx: TestContext,
  dpo: Actor,
  incidentId: string,
  why: string,
  subjectsWhy = why,
): Promise<void> {
  value(await changeIncidentState(ctx, dpo, { incidentId, to: "under_assessment" }));
  value(
    await createAssessment(ctx, dpo, {
      incidentId,
      authorityDecision: "accept",
      authorityRationale: why,
      subjectsDecision: "accept",
      subjectsRationale: subjectsWhy,
    }),
  );
}
