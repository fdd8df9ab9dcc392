import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { enisaSeverity } from "./enisa-severity";
import { dutiesOf, obligationsFor } from "./obligations";
import { profileOf } from "./profile";
import { outOfScopeOf, outOfScopeReason, type OutOfScope } from "./out-of-scope";
import { assessRiskLevel } from "./risk-level";
import { severityVersusLevel } from "./severity-vs-level";
import type { Assessment, Severity } from "./types";

/**
 * Breach facts in, assessment out: the risk level (EDPB guidance), what must be done (Art. 33/34), the ENISA
 * severity that explains it, and every reason on the way. Pure and total: valid facts never throw.
 */
export function assessBreach(facts: BreachFacts): Assessment {
  const profile = profileOf(facts);
  const severity = enisaSeverity(facts, profile);
  const outOfScope = outOfScopeOf(facts);
  if (outOfScope) {
    const assessment = outOfScopeAssessment(outOfScope, severity);
    return { ...assessment, duties: dutiesOf(assessment, facts.role) };
  }

  const level = assessRiskLevel(facts, profile);
  const withoutEncryption = facts.encryption === "state_of_the_art" ? assessRiskLevel({ ...facts, encryption: "none" }, profile) : level;
  const obligations = obligationsFor(facts, level, withoutEncryption);
  const reasons = [...level.reasons, ...obligations.reasons];
  const note = severityVersusLevel(level.riskLevel, severity, reasons);
  return {
    riskLevel: level.riskLevel,
    notifyAuthority: obligations.notifyAuthority,
    communicateSubjects: obligations.communicateSubjects,
    publicCommunicationInstead: obligations.publicCommunicationInstead,
    notifyController: obligations.notifyController,
    duties: obligations.duties,
    severity,
    exemptions: obligations.exemptions,
    reasons: note ? [...reasons, note] : reasons,
  };
}

/** Not a personal-data breach: no duty under Art. 33 or 34, for a controller or a processor alike. */
function outOfScopeAssessment(outOfScope: OutOfScope, severity: Severity): Assessment {
  const reasons = [outOfScopeReason(outOfScope)];
  const note = severityVersusLevel("none", severity, reasons);
  return {
    riskLevel: "none",
    notifyAuthority: false,
    communicateSubjects: false,
    publicCommunicationInstead: false,
    notifyController: false,
    severity,
    exemptions: [],
    reasons: note ? [...reasons, note] : reasons,
    outOfScope,
  };
}
