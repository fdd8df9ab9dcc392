import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import { factsFingerprint } from "@/lib/server/assessments/facts-fingerprint";
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
      // The decision must be one taken on the facts as they are now, as the risk assessment page judges it.
      const latest = await tx.assessment.findFirst({
        where: { incidentId: incident.id },
        orderBy: { version: "desc" },
        select: { version: true, factsSnapshot: true },
      });
      if (!latest) return [{ field: "decision", problem: "is missing: record the risk assessment and decision first" }];
      if (factsFingerprint(incident.facts) !== factsFingerprint(JSON.parse(latest.factsSnapshot)))
        return [{ field: "decision", problem: `is out of date: the facts changed after version ${latest.version}; record a new decision` }];
      return [];
    }
    case "notified": {
      const filings = await tx.filing.count({ where: { incidentId: incident.id } });
      return filings > 0 ? [] : [{ field: "to", problem: "needs the filing with the authority to be recorded first" }];
    }
    default:
      return [];
  }
}
