import { z } from "zod";

/**
 * The Land of a German practice (ISO 3166-2, "DE-BY"), which decides its supervisory authority; "" or null
 * clears it. Checked against the practice's country, which the service reads from the stored practice.
 */
export const practiceRegionSchema = z.object({
  organizationId: z.string({ error: "is required" }).min(1, { error: "is required" }),
  region: z
    .string({ error: "must be a Land code such as DE-BY, or empty" })
    .trim()
    .toUpperCase()
    .regex(/^$|^[A-Z]{2}-[A-Z0-9]{1,3}$/, { error: "must be a Land code such as DE-BY" })
    .nullable(),
});
export type PracticeRegionInput = z.input<typeof practiceRegionSchema>;
