import { z } from "zod";
import { emailSchema } from "./admin";

/* What the audit browse page and `breachdesk audit list` can ask for (lib/server/audit/list-audit-entries.ts). */
const instant = z.coerce.date({ error: "must be a date and time such as 2026-03-27T22:30:00Z" });

export const auditEntryFilterSchema = z
  .object({
    /** Only this organisation (one of the actor's); without it, all the actor may see. */
    organizationId: z.string().trim().min(1).max(64).optional(),
    /** "incident." matches incident.read, incident.update, ... */
    actionPrefix: z.string().trim().min(1).max(100).optional(),
    actorEmail: emailSchema.optional(),
    incidentId: z.string().trim().min(1).max(64).optional(),
    /** From this instant, inclusive. */
    from: instant.optional(),
    /** Up to this instant, exclusive. */
    to: instant.optional(),
    /** The nextCursor of the previous page. */
    cursor: z
      .string()
      .regex(/^\d{1,15}$/, { error: "is not a cursor this list gave out" })
      .optional(),
    limit: z.coerce.number().int().min(1).max(200).default(50),
  })
  .refine((filter) => !filter.from || !filter.to || filter.from < filter.to, { path: ["to"], error: "must be after from" });

export type AuditEntryFilter = z.input<typeof auditEntryFilterSchema>;
