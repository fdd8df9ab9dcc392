import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { availabilityRisk } from "./availability-risk";
import { BASIS } from "./basis";
import { confidentialityRisk, type PartialRisk } from "./confidentiality-risk";
import { dataNatureReasons } from "./data-nature";
import { integrityRisk } from "./integrity-risk";
import { profileOf, type BreachProfile } from "./profile";
import { maxLevel, type Reason, type RiskLevel } from "./types";

export interface RiskLevelResult {
  riskLevel: RiskLevel;
  /** The level each breach type leads to; absent where that type does not apply. */
  byType: { confidentiality?: RiskLevel; availability?: RiskLevel; integrity?: RiskLevel };
  reasons: Reason[];
}

/**
 * none | risk | high following the EDPB guidance: each kind of breach (disclosure, loss of access,
 * alteration) is judged on its own, and the worst one sets the level. The ENISA score does not decide.
 */
export function assessRiskLevel(facts: BreachFacts, profile: BreachProfile = profileOf(facts)): RiskLevelResult {
  const reasons: Reason[] = [...dataNatureReasons(profile)];
  const byType: RiskLevelResult["byType"] = {};
  const take = (partial: PartialRisk) => {
    reasons.push(...partial.reasons);
    return partial.level;
  };
  if (profile.types.has("confidentiality")) byType.confidentiality = take(confidentialityRisk(facts, profile));
  if (profile.types.has("availability")) byType.availability = take(availabilityRisk(facts, profile));
  if (profile.types.has("integrity")) byType.integrity = take(integrityRisk(facts, profile));
  reasons.push(causeReason(facts));

  const riskLevel = maxLevel(byType.confidentiality ?? "none", byType.availability ?? "none", byType.integrity ?? "none");
  return { riskLevel, byType, reasons };
}

function causeReason(facts: BreachFacts): Reason {
  switch (facts.cause) {
    case "malicious":
      return {
        factor: "malicious_intent",
        effect: "raises",
        explanation: "Someone acted on purpose, so the data is more likely to be misused.",
        basis: BASIS.riskFactors,
      };
    case "accidental":
      return {
        factor: "accidental_cause",
        effect: "neutral",
        explanation: "The breach was an accident; that does not by itself make it harmless.",
        basis: BASIS.riskFactors,
      };
    case "unknown":
      return {
        factor: "cause_unknown",
        effect: "neutral",
        explanation: "The cause is not known yet; revisit the assessment once it is.",
        basis: BASIS.riskFactors,
      };
  }
}
