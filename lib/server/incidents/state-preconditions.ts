import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import { toFieldErrors, type FieldError } from "@/lib/schemas/field-errors";
import type { Tx } from "@/lib/server/transaction";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";

/**
 * What must be true before a state is entered, so the state says something: a reported incident has
 * complete facts, a decided one a recorded assessment, a notified one a recorded filing.
 */
export async function preconditionProblems(tx: Tx, incident: IncidentDto, to: string): Promise<FieldError[]> {
  switch (to) {
    case "reported": {
      const problems: FieldError[] = [];
      const facts = breachFactsSchema.safeParse(incident.facts);
      if (!facts.success) problems.push(...toFieldErrors(facts.error, ["facts"]));
      if (!incident.description.trim()) problems.push({ field: "description", problem: "is required to report the incident" });
      return problems;
    }
    case "decided": {
      const assessments = await tx.assessment.count({ where: { incidentId: incident.id } });
      return assessments > 0 ? [] : [{ field: "to", problem: "needs a recorded risk assessment and decision first" }];
    }
    case "notified": {
      const filings = await tx.filing.count({ where: { incidentId: incident.id } });
      return filings > 0 ? [] : [{ field: "to", problem: "needs the filing with the authority to be recorded first" }];
    }
    default:
      return [];
  }
}
