import { z } from "zod";
import { plainText, singleLineName } from "./text-rules";
import { TEMPLATE_QUESTIONS } from "@/lib/domain/notification/edpb-template-questions";
import { NOTE_MAX } from "./incident";

/*
 * The facts the notification forms ask for beyond the intake and the assessment (issue #8): who files, who
 * found the breach, what kind of incident it was, the systems and the protection in place, other parties,
 * the police and other authorities, the practice's own words on consequences and prevention, cross-border
 * processing and the planned date of telling the people. One schema for the form (through
 * notificationDetailsFromForm), the server action, the API and the service; stored encrypted as its output.
 *
 * A PUT: every answer is sent each time; an absent or empty one means "not recorded yet" (null, or [] for
 * the ticked lists), never "keep what was there". Choice values are the EDPB template's own options.
 */

/** The values of a template question's predefined options (edpb-questions-*.ts), so the two cannot drift. */
export function templateOptionValues(questionId: string): [string, ...string[]] {
  const values = TEMPLATE_QUESTIONS.find((question) => question.id === questionId)?.options?.map((option) => option.value) ?? [];
  if (values.length === 0) throw new Error(`The template question ${questionId} has no options`);
  return values as [string, ...string[]];
}

/* Typed where lib/domain/notification/types.ts names the values; a unit test holds them equal to the template's. */
export const DISCOVERED_BY = ["controller", "processor", "data_subject", "external_party", "press", "other"] as const;
export const CAUSE_ORIGINS = ["internal", "external"] as const;
export const REPORTER_ROLES = ["dpo", "legal_representative", "other"] as const;
export const INCIDENT_TYPES = templateOptionValues("nature.incidentType");
export const PROTECTION_MEASURES = templateOptionValues("protection.measures");
export const PREVENTION_MEASURES = templateOptionValues("measures.prevention");
export const OTHER_PARTIES_MAX = 20;

const oneOf = <T extends readonly [string, ...string[]]>(values: T) =>
  z.enum(values, { error: () => `must be one of: ${values.join(", ")}` });

/** Free text: trimmed; empty means not recorded (null). */
const optionalText = (max: number) =>
  plainText(
    z
      .string({ error: "must be text" })
      .trim()
      .max(max, { error: `must be at most ${max} characters` }),
  )
    .nullable()
    .optional()
    .transform((value) => (value ? value : null));

const requiredText = (max: number) =>
  plainText(
    z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(max, { error: `must be at most ${max} characters` }),
  );

const filled = (value: unknown): boolean => typeof value === "string" && value.trim() !== "";
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

const answer = <T extends z.ZodType>(schema: T) =>
  schema
    .nullable()
    .optional()
    .transform((value) => value ?? null);

const yesNo = answer(z.boolean({ error: "must be true, false or null (not recorded)" }));

/** Ticked options: each at most once; absent means none ticked. */
const ticked = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .array(oneOf(values), { error: "must be a list of options" })
    .refine((list) => new Set(list).size === list.length, { message: "lists the same option twice" })
    .optional()
    .transform((list) => list ?? []);

const reporterSchema = z
  .strictObject({
    name: singleLineName(requiredText(200)),
    email: z
      .string({ error: "must be text" })
      .trim()
      .max(254, { error: "is too long" })
      .nullable()
      .optional()
      .transform((value) => (value ? value : null))
      .pipe(z.email({ error: "must be an e-mail address" }).nullable()),
    phone: optionalText(50),
    role: oneOf(REPORTER_ROLES),
  })
  // The template asks how to reach the person filing (row 22): one way is enough. Checked with the other
  // problems (`when`), so on values that may not have parsed: only a non-blank text counts.
  .refine((reporter: unknown) => !isRecord(reporter) || filled(reporter.email) || filled(reporter.phone), {
    path: ["email"],
    message: "give an e-mail address or a phone number",
    when: () => true,
  });

const otherPartySchema = z.strictObject({
  name: singleLineName(requiredText(200)),
  role: requiredText(200),
  contact: optionalText(500),
});

export const notificationDetailsShape = {
  /** Someone other than the organisation's contact point files the notification; null: the contact point does. */
  reporter: answer(reporterSchema),
  discoveredBy: answer(oneOf(DISCOVERED_BY)),
  incidentType: answer(oneOf(INCIDENT_TYPES)),
  causeOrigin: answer(oneOf(CAUSE_ORIGINS)),
  systemsInvolved: optionalText(NOTE_MAX),
  /** The data items in the practice's words ("name and date of birth"), finer than the categories; letters list them. */
  dataItems: optionalText(NOTE_MAX),
  /** A toll-free number for the people affected: HIPAA notices must give one (45 CFR 164.404(c)(1)(E), (d)(2)). */
  tollFreePhone: optionalText(50),
  /** A web page where the people affected learn more (a HIPAA contact procedure). */
  contactWebsite: optionalText(500),
  protectionMeasures: ticked(PROTECTION_MEASURES),
  measuresInPlace: optionalText(NOTE_MAX),
  /** [] means no other organisation is involved; null means not recorded yet. */
  otherParties: answer(
    z
      .array(otherPartySchema, { error: "must be a list of organisations, or null" })
      .max(OTHER_PARTIES_MAX, { error: `must list at most ${OTHER_PARTIES_MAX} organisations` }),
  ),
  reportedToPolice: yesNo,
  otherAuthoritiesTold: yesNo,
  otherAuthoritiesNotified: optionalText(NOTE_MAX),
  likelyConsequences: optionalText(NOTE_MAX),
  preventionMeasures: ticked(PREVENTION_MEASURES),
  measuresProposed: optionalText(NOTE_MAX),
  crossBorder: yesNo,
  /** A calendar date (YYYY-MM-DD) in the incident's zone: the template asks for a date, not an instant. */
  communicationPlannedFor: answer(z.iso.date({ error: "must be a date such as 2026-04-02" })),
};

/**
 * Answers that contradict each other, each on the field to correct. Run with every other problem (`when`),
 * so it reads the values as sent, some of which may not have parsed.
 */
function contradictions(details: unknown, ctx: z.RefinementCtx) {
  if (isRecord(details) && details.otherAuthoritiesTold === false && filled(details.otherAuthoritiesNotified)) {
    ctx.addIssue({ code: "custom", path: ["otherAuthoritiesNotified"], message: "must be empty when no other authority was told" });
  }
}
const alwaysCheck = { when: () => true };

export const notificationDetailsSchema = z.strictObject(notificationDetailsShape).superRefine(contradictions, alwaysCheck);
export type NotificationDetailsInput = z.input<typeof notificationDetailsSchema>;
export type NotificationDetails = z.output<typeof notificationDetailsSchema>;

/** The service's input: the details, the incident and the version they were read at (optimistic locking). */
export const notificationDetailsUpdateSchema = z
  .strictObject({
    incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
    version: z
      .number({ error: "is required: the version you read" })
      .int({ error: "must be a whole number" })
      .min(1, { error: "must be 1 or more" }),
    ...notificationDetailsShape,
  })
  .superRefine(contradictions, alwaysCheck);
export type NotificationDetailsUpdateInput = z.input<typeof notificationDetailsUpdateSchema>;
export type NotificationDetailsUpdate = z.output<typeof notificationDetailsUpdateSchema>;

export const EMPTY_NOTIFICATION_DETAILS: NotificationDetails = notificationDetailsSchema.parse({});
