import { z } from "zod";
import { practiceFilterSchema } from "./practice-filter";
import { plainText, singleLineText } from "./text-rules";
import { instantSchema } from "./incident-dates";
import { NOTE_MAX } from "./incident";

/* The inputs of the work done on an incident file: its state, timeline, tasks, comments and lists. */

export const INCIDENT_STATES = ["draft", "reported", "under_assessment", "decided", "notified", "closed"] as const;
export type IncidentState = (typeof INCIDENT_STATES)[number];

const id = (what: string) => z.string({ error: `is required: the ${what}'s id` }).min(1, { error: `is required: the ${what}'s id` });
const incidentId = id("incident");

export const incidentStateSchema = z.enum(INCIDENT_STATES, { error: () => `must be one of: ${INCIDENT_STATES.join(", ")}` });

export const incidentRefSchema = z.strictObject({ incidentId });
export type IncidentRefInput = z.input<typeof incidentRefSchema>;

export const incidentListSchema = z.strictObject({
  organization: practiceFilterSchema.optional(),
  state: z.array(incidentStateSchema).min(1).optional(),
  /** Matched against the reference, the title and the description, in memory (they are encrypted at rest). */
  search: z.string().trim().max(200).optional(),
  page: z.number({ error: "must be a number" }).int().min(1, { error: "must be 1 or more" }).default(1),
  pageSize: z.number({ error: "must be a number" }).int().min(1).max(100, { error: "must be at most 100" }).default(25),
});
export type IncidentListInput = z.input<typeof incidentListSchema>;
export type IncidentList = z.output<typeof incidentListSchema>;

export const stateChangeSchema = z.strictObject({
  incidentId,
  to: incidentStateSchema,
  /** The version the person saw, when the change comes from a page: a stale one is a conflict. */
  version: z.number().int().min(1).optional(),
  /** Why, in a few words; kept (encrypted) on the timeline. */
  note: plainText(z.string().trim().max(NOTE_MAX)).optional(),
});
export type StateChangeInput = z.input<typeof stateChangeSchema>;

/** Kinds a person records by hand; state_changed, assessed, filed and communicated are written by their services. */
export const MANUAL_EVENT_KINDS = [
  "occurred",
  "discovered",
  "aware",
  "investigation_started",
  "investigation_ended",
  "contained",
  "contact",
  "evidence",
  "note",
] as const;

export const timelineEventAddSchema = z.strictObject({
  incidentId,
  happenedAt: instantSchema,
  kind: z.enum(MANUAL_EVENT_KINDS, { error: () => `must be one of: ${MANUAL_EVENT_KINDS.join(", ")}` }),
  summary: plainText(z.string({ error: "is required" }).trim().min(1, { error: "is required" }).max(NOTE_MAX)),
});
export type TimelineEventAddInput = z.input<typeof timelineEventAddSchema>;

const taskTitle = singleLineText(z.string({ error: "is required" }).trim().min(2, { error: "must be at least 2 characters" }).max(300));

export const taskCreateSchema = z.strictObject({
  incidentId,
  title: taskTitle,
  ownerId: z.string().min(1).nullable().optional(),
  dueAt: instantSchema.nullable().optional(),
});
export type TaskCreateInput = z.input<typeof taskCreateSchema>;

export const taskUpdateSchema = z.strictObject({
  taskId: id("task"),
  title: taskTitle.optional(),
  done: z.boolean({ error: "must be true or false" }).optional(),
  ownerId: z.string().min(1).nullable().optional(),
  dueAt: instantSchema.nullable().optional(),
});
export type TaskUpdateInput = z.input<typeof taskUpdateSchema>;

export const commentAddSchema = z.strictObject({
  incidentId,
  body: plainText(
    z
      .string({ error: "is required" })
      .trim()
      .min(1, { error: "is required" })
      .max(NOTE_MAX * 2),
  ),
});
export type CommentAddInput = z.input<typeof commentAddSchema>;
