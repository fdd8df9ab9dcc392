import { z } from "zod";
import { plainText, singleLineText } from "./text-rules";
import { REGIME_IDS } from "@/lib/domain/deadlines/regimes";
import { slugSchema } from "./admin";
import { answerPathsSchema } from "./assumed-facts";
import {
  availabilityFactsSchema,
  breachFactsSchema,
  confidentialityFactsSchema,
  integrityFactsSchema,
  mitigationFactsSchema,
} from "./breach-facts";
import { alwaysCheck, instantSchema, reportTimeProblems } from "./incident-dates";
import { timeZoneSchema } from "./time-zone";

/*
 * The incident inputs (docs/INTERFACES.md section 2 plus the intake extras). Factories take `now`, so the
 * "not in the future" rule stays pure and the same schema serves the form, the action, the API and the CLI.
 */

const requiredText = (max: number) =>
  plainText(
    z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(max, { error: `must be at most ${max} characters` }),
  );
const optionalText = (max: number) =>
  plainText(
    z
      .string({ error: "must be text" })
      .trim()
      .max(max, { error: `must be at most ${max} characters` }),
  )
    .nullable()
    .optional();

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 20_000;
export const NOTE_MAX = 5_000;

export const titleSchema = singleLineText(
  z
    .string({ error: "is required" })
    .trim()
    .min(3, { error: "must be at least 3 characters" })
    .max(TITLE_MAX, { error: `must be at most ${TITLE_MAX} characters` }),
);

export const regimesSchema = z
  .array(z.enum(REGIME_IDS, { error: () => `must be one of: ${REGIME_IDS.join(", ")}` }))
  .min(1, { error: "needs at least one regime" })
  .refine((list) => new Set(list).size === list.length, { message: "lists the same regime twice" });

const factsShape = breachFactsSchema.shape;
/** Facts while a draft: every part may be missing, but what is there must be right (no unknown categories). */
export const breachFactsDraftSchema = z
  .strictObject({
    ...factsShape,
    subjects: factsShape.subjects.partial(),
    // A draft keeps each detail answered so far, even before the others or the kind of breach: resumed, it
    // must show exactly what was said.
    confidentiality: confidentialityFactsSchema.partial().nullable(),
    availability: availabilityFactsSchema.partial().nullable(),
    integrity: integrityFactsSchema.partial().nullable(),
    mitigation: mitigationFactsSchema.partial(),
  })
  .partial();
export type BreachFactsDraft = z.infer<typeof breachFactsDraftSchema>;

/** The fields shared by every incident input, without the rules that need several of them at once. */
const incidentFields = {
  title: titleSchema,
  description: requiredText(DESCRIPTION_MAX),
  occurredAt: instantSchema.nullable().optional(),
  discoveredAt: instantSchema.nullable().optional(),
  awareAt: instantSchema,
  timeZone: timeZoneSchema,
  discoveryMethod: optionalText(NOTE_MAX),
  awarenessDelayReason: optionalText(NOTE_MAX),
  containment: optionalText(NOTE_MAX),
  /** Absent or null: nobody has said yet; never read as "no". */
  ongoing: z.boolean({ error: "must be true, false or null" }).nullable().optional(),
  containedAt: instantSchema.nullable().optional(),
  regimes: regimesSchema.optional(),
};

const intake = {
  /** The organisation's slug; required only for someone who can log incidents in several. */
  organization: slugSchema.optional(),
  /** false (default): saved as a draft; true: reported, which needs complete facts. */
  submit: z.boolean({ error: "must be true or false" }).default(false),
  /**
   * The answers sent still at the intake's pre-filled cautious default, never touched by the reporter
   * ("facts.encryption"): recorded as assumptions for the DPO. Absent means none: integrations state facts.
   */
  assumedFacts: answerPathsSchema.optional(),
};

export function incidentCreateSchema(now: Date) {
  return z
    .object({ ...intake, ...incidentFields, submit: z.literal(true, { error: "must be true" }).default(true), facts: breachFactsSchema })
    .superRefine((input, ctx) => reportTimeProblems(input, now, ctx), alwaysCheck);
}

/** A draft: a title, when the practice became aware, and whatever else is known already. */
export function incidentDraftSchema(now: Date) {
  return z
    .object({
      ...intake,
      ...incidentFields,
      submit: z.literal(false, { error: "must be false for a draft" }).default(false),
      description: plainText(z.string({ error: "must be text" }).trim().max(DESCRIPTION_MAX)).default(""),
      facts: breachFactsDraftSchema.default({}),
    })
    .superRefine((input, ctx) => reportTimeProblems(input, now, ctx), alwaysCheck);
}

export type IncidentCreateInput = z.input<ReturnType<typeof incidentCreateSchema>>;
export type IncidentDraftInput = z.input<ReturnType<typeof incidentDraftSchema>>;
/** What create-incident accepts: `submit: true` is checked strictly, anything else as a draft. */
export type IncidentIntakeInput = (Omit<IncidentCreateInput, "submit"> & { submit: true }) | IncidentDraftInput;
export type IncidentIntake = z.output<ReturnType<typeof incidentCreateSchema>> | z.output<ReturnType<typeof incidentDraftSchema>>;

/** Chooses the schema by the `submit` flag, so a draft never fails for facts nobody knows yet. */
export function incidentIntakeSchema(input: unknown, now: Date) {
  const submit = typeof input === "object" && input !== null && (input as { submit?: unknown }).submit === true;
  return submit ? incidentCreateSchema(now) : incidentDraftSchema(now);
}

/**
 * A change to an incident: the version it was read at and any editable field. Rules across fields (dates
 * in order, the delay reason) are checked by the service on the merged result, since a patch carries only part.
 */
export const incidentPatchSchema = z.strictObject({
  incidentId: z.string({ error: "is required" }).min(1, { error: "is required" }),
  version: z
    .number({ error: "is required: the version you read" })
    .int({ error: "must be a whole number" })
    .min(1, { error: "must be 1 or more" }),
  title: titleSchema.optional(),
  description: plainText(z.string({ error: "must be text" }).trim().max(DESCRIPTION_MAX)).optional(),
  occurredAt: instantSchema.nullable().optional(),
  discoveredAt: instantSchema.nullable().optional(),
  awareAt: instantSchema.optional(),
  timeZone: timeZoneSchema.optional(),
  discoveryMethod: optionalText(NOTE_MAX),
  awarenessDelayReason: optionalText(NOTE_MAX),
  containment: optionalText(NOTE_MAX),
  ongoing: z.boolean({ error: "must be true, false or null" }).nullable().optional(),
  containedAt: instantSchema.nullable().optional(),
  regimes: regimesSchema.optional(),
  /** Replaces the facts as a whole; checked strictly once the incident is no longer a draft. */
  facts: breachFactsDraftSchema.optional(),
  ownerId: z.string().min(1).nullable().optional(),
  dpoId: z.string().min(1).nullable().optional(),
  /** Answers confirmed as they are: they stop being assumed (changing an answer does that by itself). */
  confirmedFacts: answerPathsSchema.optional(),
  /** A draft only: the reporter's wizard restating which answers are still its untouched defaults. */
  assumedFacts: answerPathsSchema.optional(),
});
export type IncidentPatchInput = z.input<typeof incidentPatchSchema>;
export type IncidentPatch = z.output<typeof incidentPatchSchema>;
