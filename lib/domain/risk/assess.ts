import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { enisaSeverity } from "./enisa-severity";
import { obligationsFor } from "./obligations";
import { profileOf } from "./profile";
import { assessRiskLevel } from "./risk-level";
import type { Assessment } from "./types";

/**
 * Breach facts in, assessment out: the risk level (EDPB guidance), what must be done (Art. 33/34), the ENISA
 * severity that explains it, and every reason on the way. Pure and total: valid facts never throw.
 */
export function assessBreach(facts: BreachFacts): Assessment {
  const profile = profileOf(facts);
  const level = assessRiskLevel(facts, profile);
  const withoutEncryption =
    facts.encryption === "state_of_the_art" ? assessRiskLevel({ ...facts, encryption: "none" }, profile) : level;
  const obligations = obligationsFor(facts, level, withoutEncryption);
  return {
    riskLevel: level.riskLevel,
    notifyAuthority: obligations.notifyAuthority,
    communicateSubjects: obligations.communicateSubjects,
    publicCommunicationInstead: obligations.publicCommunicationInstead,
    notifyController: obligations.notifyController,
    severity: enisaSeverity(facts, profile),
    exemptions: obligations.exemptions,
    reasons: [...level.reasons, ...obligations.reasons],
  };
}
