import { z } from "zod";
import { breachFactsDraftSchema } from "./incident";

/*
 * The DPO's decision on a risk assessment (GDPR Art. 33/34). The suggestion is computed by Breachdesk; the
 * DPO accepts it or overrides it, separately for the authority and for the people. Accepting rests on the
 * suggestion's own reasons (recorded with it), so a note is optional; overriding departs from them, so the DPO
 * says why in writing: the register and the authority read it, and a bare "ok" is not enough.
 */
export const RATIONALE_MIN = 20;
export const RATIONALE_MAX = 5_000;

export const DECISION_CHOICES = ["accept", "override"] as const;
export type DecisionChoice = (typeof DECISION_CHOICES)[number];

export const AUTHORITY_DECISIONS = ["notify", "do_not_notify"] as const;
export type AuthorityDecision = (typeof AUTHORITY_DECISIONS)[number];
export const SUBJECTS_DECISIONS = ["communicate", "do_not_communicate", "public_communication"] as const;
export type SubjectsDecision = (typeof SUBJECTS_DECISIONS)[number];

const choice = z.enum(DECISION_CHOICES, { error: () => "must be accept (follow the suggestion) or override (decide otherwise)" });
const rationale = z
  .string({ error: "must be text" })
  .trim()
  .max(RATIONALE_MAX, { error: `must be at most ${RATIONALE_MAX} characters` })
  .default("");

export const OVERRIDE_RATIONALE_PROBLEM = [
  "is required when you override the suggestion:",
  `explain in at least ${RATIONALE_MIN} characters why you decide otherwise`,
].join(" ");

export const assessmentCreateSchema = z
  .strictObject({
    incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
    authorityDecision: choice,
    authorityRationale: rationale,
    subjectsDecision: choice,
    subjectsRationale: rationale,
    /**
     * Overriding the people's side has two alternatives when the suggestion is to tell them (not at all, or by
     * a public notice instead); when absent, the override is the opposite of the suggestion.
     */
    subjectsOverrideTo: z.enum(SUBJECTS_DECISIONS, { error: () => `must be one of: ${SUBJECTS_DECISIONS.join(", ")}` }).optional(),
  })
  .superRefine((input, issues) => {
    for (const audience of ["authority", "subjects"] as const) {
      if (input[`${audience}Decision`] === "override" && input[`${audience}Rationale`].length < RATIONALE_MIN) {
        issues.addIssue({ code: "custom", path: [`${audience}Rationale`], message: OVERRIDE_RATIONALE_PROBLEM });
      }
    }
  });
export type AssessmentCreateInput = z.input<typeof assessmentCreateSchema>;
export type AssessmentCreate = z.output<typeof assessmentCreateSchema>;

export const assessmentPreviewSchema = z.strictObject({
  incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
  /** Answers not saved yet (the questionnaire while it is being filled); default: the incident's stored facts. */
  facts: breachFactsDraftSchema.optional(),
});
export type AssessmentPreviewInput = z.input<typeof assessmentPreviewSchema>;
