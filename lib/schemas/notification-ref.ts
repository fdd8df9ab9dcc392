import { z } from "zod";

/** Which incident, and optionally which authority's form (an id such as "cnil" or a country code). */
export const notificationRefSchema = z.strictObject({
  incidentId: z.string({ error: "is required: the incident's id" }).min(1, { error: "is required: the incident's id" }),
  authority: z.string().trim().min(1).max(40).optional(),
});
export type NotificationRefInput = z.input<typeof notificationRefSchema>;
export type NotificationRef = z.output<typeof notificationRefSchema>;
