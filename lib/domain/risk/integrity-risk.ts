import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { PartialRisk } from "./confidentiality-risk";
import type { BreachProfile } from "./profile";
import { levelAbove, type Reason, type RiskLevel } from "./types";

/**
 * The risk from altered data (an integrity breach). Wrong health data can lead to wrong treatment, so it is
 * a risk even when the correct version can be recovered, and a high one when it cannot. Other altered data
 * that can be recovered leaves no risk; if it cannot, it is a risk. Once decisions or treatment were based on
 * the wrong data, recovering the right value comes too late: the harm may be done (Recital 75, physical
 * harm), so the level rises, to high for sensitive data or people in care.
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
  if (facts.integrity?.usedBeforeCorrection === undefined && (sensitive || profile.inCare)) {
    reasons.push({
      factor: "use_before_correction_unknown",
      effect: "neutral",
      explanation: "Whether decisions or treatment were based on the wrong data is not recorded. Find out: if they were, the risk is high.",
      basis: BASIS.recital75,
    });
  }
  if (facts.integrity?.usedBeforeCorrection !== true) return { level, reasons };
  reasons.push({
    factor: "used_before_correction",
    effect: "raises",
    explanation:
      "Decisions or treatment were based on the wrong data before it was corrected: the harm may already be " +
      "done, whatever can be restored now.",
    basis: BASIS.recital75,
  });
  return { level: sensitive || profile.inCare ? "high" : levelAbove(level), reasons };
}
