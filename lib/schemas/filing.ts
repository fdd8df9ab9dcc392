import { z } from "zod";
import { instantSchema } from "./incident-dates";
import { NOTE_MAX } from "./incident";

/* A filing with a supervisory authority (GDPR Art. 33, phased per Art. 33(4)). */

export const FILING_KINDS = ["initial", "follow_up", "complete"] as const;
export type FilingKindInput = (typeof FILING_KINDS)[number];
export const FILING_CHANNELS = ["online_form", "email", "post", "phone"] as const;
export const LATE_REASON_MIN = 20;

const optionalText = (max: number) =>
  z
    .string({ error: "must be text" })
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .optional()
    .transform((value) => (value === "" ? undefined : value));

export const filingCreateSchema = z.strictObject({
  incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
  kind: z.enum(FILING_KINDS, { error: () => `must be one of: ${FILING_KINDS.join(", ")}` }),
  channel: z.enum(FILING_CHANNELS, { error: () => `must be one of: ${FILING_CHANNELS.join(", ")}` }),
  filedAt: instantSchema,
  /** Authority id (cnil, ico, dpc, uoou, edpb); default: the one selected for the organisation. */
  authority: z.string().trim().min(1).max(40).optional(),
  authorityReference: optionalText(200),
  /** Required when filed after the deadline (GDPR Art. 33(1)); the service checks it against the deadline. */
  lateReason: optionalText(NOTE_MAX),
  /** The authority's acknowledgement, stored as an attachment with purpose "receipt". */
  receipt: z.instanceof(Blob, { error: "must be a file" }).optional(),
});
export type FilingCreateInput = z.input<typeof filingCreateSchema>;
export type FilingCreate = z.output<typeof filingCreateSchema>;

export const followUpDraftSchema = z.strictObject({
  incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
  authority: z.string().trim().min(1).max(40).optional(),
});
export type FollowUpDraftInput = z.input<typeof followUpDraftSchema>;
