import { z } from "zod";

/*
 * An incident's deadlines as GET /api/v1/incidents/{id}/deadlines answers them (docs/INTERFACES.md section 2):
 * the type getIncidentDeadlines returns and the OpenAPI document's "IncidentDeadlines" both come from here.
 */

const instant = z.string().meta({ format: "date-time" });

/** One deadline as `breachdesk deadline --json` prints it, plus where it stands now. */
export const incidentDeadlineDtoSchema = z.object({
  regime: z.string(),
  obligation: z.string(),
  basis: z.string(),
  due: instant,
  dueLocal: z.string().meta({ description: "The due instant on the incident zone's clock, with its offset." }),
  dueUnder1182: instant.optional().meta({ description: "Legal outer limit under Regulation 1182/71, where EU law sets the period." }),
  holidaysOf: z
    .string()
    .optional()
    .meta({ description: 'Whose public holidays moved dueUnder1182 ("FR"), for EU periods in days or months.' }),
  internalTarget: z.boolean(),
  provisional: z.boolean(),
  /** "met" once what was recorded (filings, sent communications) meets it; otherwise where it stands now. */
  status: z.enum(["open", "due soon", "overdue", "met"]),
  /** due - now in milliseconds (negative once past). */
  remainingMs: z.number().int(),
  inWords: z.string(),
});
export type IncidentDeadlineDto = z.output<typeof incidentDeadlineDtoSchema>;

export const incidentDeadlinesSchema = z.object({
  incidentId: z.string(),
  reference: z.string(),
  awareAt: instant,
  timeZone: z.string(),
  regimes: z.array(z.string()),
  role: z.enum(["controller", "processor"]),
  /** From the latest assessment: a high risk adds the communication to the people affected (Art. 34). */
  highRisk: z.boolean(),
  computedAt: instant,
  holidays: z.object({ country: z.string().nullable(), region: z.string().nullable(), note: z.string() }).meta({
    description:
      "The public holidays Regulation 1182/71 counted for periods in days and months: those of the " +
      "practice's Member State, nationwide (none outside the EU).",
  }),
  deadlines: z.array(incidentDeadlineDtoSchema),
});
export type IncidentDeadlines = z.output<typeof incidentDeadlinesSchema>;
