import { z } from "zod";

/** Discarding a draft: the version the person saw, so a draft reported meanwhile is not deleted. */
export const draftDiscardSchema = z.strictObject({
  incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
  version: z.number({ error: "must be a number" }).int().min(1).optional(),
});
export type DraftDiscardInput = z.input<typeof draftDiscardSchema>;
