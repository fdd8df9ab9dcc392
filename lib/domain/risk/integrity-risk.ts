import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { PartialRisk } from "./confidentiality-risk";
import type { BreachProfile } from "./profile";
import type { Reason, RiskLevel } from "./types";

/**
 * The risk from altered data (an integrity breach). Wrong health data can lead to wrong treatment, so it is
 * a risk even when the correct version can be recovered, and a high one when it cannot. Other altered data
 * that can be recovered leaves no risk; if it cannot, it is a risk.
 */
export function integrityRisk(facts: BreachFacts, profile: BreachProfile): PartialRisk {
  const reasons: Reason[] = [];
  const recoverable = facts.integrity?.recoverable === true;
  const sensitive = profile.careCritical || profile.special.length > 0;

  if (sensitive) {
    reasons.push({
      factor: "altered_sensitive_records",
      effect: "raises",
      explanation: "Sensitive records were altered: decisions taken on wrong health or similar data can harm people.",
      basis: BASIS.riskFactors,
    });
  }
  if (recoverable) {
    reasons.push({
      factor: "integrity_recoverable",
      effect: "lowers",
      explanation: "The correct version of the data can be recovered.",
      basis: BASIS.riskFactors,
    });
  } else {
    reasons.push({
      factor: "integrity_not_recoverable",
      effect: "raises",
      explanation: facts.integrity
        ? "The correct version of the data cannot be recovered."
        : "Whether the data can be corrected is not recorded, so the assessment assumes it cannot.",
      basis: BASIS.riskFactors,
    });
  }
  const level: RiskLevel = sensitive ? (recoverable ? "risk" : "high") : recoverable ? "none" : "risk";
  return { level, reasons };
}
