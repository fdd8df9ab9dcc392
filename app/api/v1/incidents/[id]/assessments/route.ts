import { assessmentCreateSchema, type AssessmentCreate } from "@/lib/schemas/assessment";
import { createAssessmentParsed } from "@/lib/server/assessments/create-assessment";
import { listAssessments } from "@/lib/server/assessments/list-assessments";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";

/** Every assessment version of the incident, newest first. */
export const GET = withApi<{ id: string }>(async ({ ctx, actor, params }) => listAssessments(ctx, actor, { incidentId: params.id }));

/** The DPO's decision on the suggestion computed from the incident's facts (accept or override, with a rationale). */
export const POST = withApi<{ id: string }, AssessmentCreate>(
  async ({ ctx, actor, params, body }) => {
    const result = await createAssessmentParsed(ctx, actor, body);
    return result.ok ? created(result.value, `/api/v1/incidents/${params.id}/assessments`) : result;
  },
  { body: { schema: assessmentCreateSchema, fromPath: (params) => ({ incidentId: params.id }) } },
);
