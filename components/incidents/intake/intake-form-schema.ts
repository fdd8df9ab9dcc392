import { z } from "zod";
import { incidentCreateSchema, incidentDraftSchema } from "@/lib/schemas/incident";
import { intakeFromValues, type IntakeFormValues } from "@/components/incidents/intake/intake-values";

/**
 * The form-side face of the incident schema: the form's values are converted (local times read in the
 * practice's zone) and checked by the very schema the server action and the service use. Every problem is
 * reported at once, each on the input it belongs to.
 */
export function intakeFormSchema(timeZone: string, submit: boolean, options: { now?: () => Date; organizationRequired?: boolean } = {}) {
  const now = options.now ?? (() => new Date());
  return z
    .custom<IntakeFormValues>((value) => typeof value === "object" && value !== null)
    .transform((values, ctx) => {
      const { input, problems } = intakeFromValues(values, timeZone, submit);
      const schema = submit ? incidentCreateSchema(now()) : incidentDraftSchema(now());
      const parsed = schema.safeParse(input);
      if (options.organizationRequired && !values.organization) {
        ctx.addIssue({ code: "custom", path: ["organization"], message: "is required: choose the practice this is about" });
      }
      const unreadable = new Set(problems.map((problem) => problem.field));
      for (const problem of problems) ctx.addIssue({ code: "custom", path: problem.field.split("."), message: problem.problem });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          // A time that could not be read is already named; "is required" on top of it would mislead.
          if (unreadable.has(String(issue.path[0]))) continue;
          ctx.addIssue({ code: "custom", path: issue.path as PropertyKey[] as (string | number)[], message: issue.message });
        }
      }
      return parsed.success && problems.length === 0 && !(options.organizationRequired && !values.organization) ? input : z.NEVER;
    });
}
