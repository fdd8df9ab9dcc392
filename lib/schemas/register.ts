import { z } from "zod";
import { practiceFilterSchema } from "./practice-filter";
import { incidentStateSchema } from "./incident-work";

/** The Art. 33(5) register's filters; the same for the page, GET /register and its CSV export. */
export const registerQuerySchema = z.strictObject({
  organization: practiceFilterSchema.optional(),
  state: z.array(incidentStateSchema).min(1).optional(),
  /** The year awareness fell in (UTC), as in the incident's reference BD-<year>-nnnn. */
  year: z.number({ error: "must be a year" }).int().min(2000, { error: "must be 2000 or later" }).max(2100).optional(),
  notified: z.boolean({ error: "must be true or false" }).optional(),
  /** on_time / late judge the first (initial) filing against the authority deadline; unfiled incidents match neither. */
  timeliness: z.enum(["on_time", "late"], { error: () => "must be on_time or late" }).optional(),
  /** One page of the entries (the register page); absent, every entry (GET /register, the exports). */
  page: z.number({ error: "must be a page number" }).int().min(1, { error: "must be 1 or more" }).optional(),
});
export type RegisterQueryInput = z.input<typeof registerQuerySchema>;
export type RegisterQuery = z.output<typeof registerQuerySchema>;
