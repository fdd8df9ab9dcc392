import { z } from "zod";
import { practiceFilterSchema } from "./practice-filter";
import { REGIME_IDS } from "@/lib/domain/deadlines";

export const OBLIGATION_STATUSES = ["overdue", "due soon", "open"] as const;

/** The dashboard's filters, from a query string or a form; every one optional. */
export const openObligationsQuerySchema = z.strictObject({
  /** A practice's slug or name (practice-filter.ts); another organisation's is refused like an unknown one. */
  organization: practiceFilterSchema.optional(),
  regime: z.enum(REGIME_IDS, { error: () => `must be one of: ${REGIME_IDS.join(", ")}` }).optional(),
  status: z.enum(OBLIGATION_STATUSES, { error: () => `must be one of: ${OBLIGATION_STATUSES.join(", ")}` }).optional(),
  /** Only what is due within this many hours from now (overdue ones included: they are due already). */
  dueWithinHours: z.coerce
    .number({ error: "must be a number of hours" })
    .int({ error: "must be a whole number of hours" })
    .min(1, { error: "must be at least 1 hour" })
    .max(24 * 366, { error: "must be at most a year" })
    .optional(),
});

export type OpenObligationsQuery = z.output<typeof openObligationsQuerySchema>;
export type OpenObligationsQueryInput = z.input<typeof openObligationsQuerySchema>;

/** Query-string values ("" means "any") to the filter input. */
export function queryFromSearchParams(params: Record<string, string | string[] | undefined>): OpenObligationsQueryInput {
  const pick = (name: string) => {
    const value = params[name];
    const first = Array.isArray(value) ? value[0] : value;
    return first === undefined || first === "" ? undefined : first;
  };
  const input: Record<string, unknown> = {};
  for (const name of ["organization", "regime", "status", "dueWithinHours"]) {
    const value = pick(name);
    if (value !== undefined) input[name] = value;
  }
  return input as OpenObligationsQueryInput;
}
