import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { RiskLevelResult } from "./risk-level";
import type { Exemption, Reason, RiskLevel } from "./types";

export interface Obligations {
  notifyAuthority: boolean;
  communicateSubjects: boolean;
  publicCommunicationInstead: boolean;
  notifyController: boolean;
  exemptions: Exemption[];
  reasons: Reason[];
}

/**
 * What the level means for the controller (Art. 33 and 34).
 *
 * Exemptions: `exemptions` lists the Art. 34(3) grounds on which people who would otherwise have to be told
 * individually need not be. (b) and (c) are listed only when the level is high: they spare the Art. 34
 * message, not the Art. 33 notification, so the level stays high. (a) is different: state-of-the-art
 * encryption is a measure in place before the breach, and it already makes the breach unlikely to result in
 * a risk (EDPB 9/2022 section II.D; 01/2021 Case No. 10). It is listed when the breach would have been high
 * risk through its disclosure alone without that encryption - the register then shows the ground relied on
 * - even though the level is none. (c) is listed only when neither (a) nor (b) applies, because only then is
 * there a message to replace; it sets `publicCommunicationInstead`.
 *
 * `withoutEncryption` is the level the same facts would have had with readable data.
 */
export function obligationsFor(
  facts: BreachFacts,
  level: RiskLevelResult,
  withoutEncryption: RiskLevelResult,
): Obligations {
  const reasons: Reason[] = [];
  const { riskLevel } = level;
  const exemptions: Exemption[] = [];

  const otherTypesHigh = level.byType.availability === "high" || level.byType.integrity === "high";
  const encryptionSparesMessage =
    facts.encryption === "state_of_the_art" &&
    withoutEncryption.byType.confidentiality === "high" &&
    !otherTypesHigh;
  if (encryptionSparesMessage) {
    exemptions.push("art34_3_a");
    reasons.push({
      factor: "art34_3_a",
      effect: "lowers",
      explanation:
        "Without the encryption this disclosure would have been high risk; because the data cannot be read, the people need not be told.",
      basis: BASIS.art34_3_a,
    });
  }

  if (riskLevel === "high" && facts.mitigation.highRiskNoLongerLikely) {
    exemptions.push("art34_3_b");
    reasons.push({
      factor: "art34_3_b",
      effect: "lowers",
      explanation:
        "Measures taken since the breach make the high risk no longer likely, so the people need not be told; the authority must still be notified and can ask for the message (Art. 34(4)).",
      basis: BASIS.art34_3_b,
    });
  } else if (facts.mitigation.highRiskNoLongerLikely) {
    reasons.push(notApplicable("art34_3_b", riskLevel, BASIS.art34_3_b));
  }

  const contactDisproportionate = facts.mitigation.individualContactDisproportionate;
  if (riskLevel === "high" && contactDisproportionate && exemptions.length === 0) {
    exemptions.push("art34_3_c");
    reasons.push({
      factor: "art34_3_c",
      effect: "neutral",
      explanation:
        "Telling each person would take disproportionate effort (for example, no contact details), so a public communication that reaches them as effectively must be made instead.",
      basis: BASIS.art34_3_c,
    });
  } else if (contactDisproportionate) {
    reasons.push(notApplicable("art34_3_c", riskLevel, BASIS.art34_3_c));
  }

  const notifyAuthority = riskLevel !== "none";
  const communicateSubjects = riskLevel === "high" && exemptions.length === 0;
  const publicCommunicationInstead = exemptions.includes("art34_3_c");

  reasons.push(
    notifyAuthority
      ? {
          factor: "notify_authority",
          effect: "neutral",
          explanation: "The breach is likely to result in a risk: the supervisory authority must be notified without undue delay, within 72 hours of awareness where feasible.",
          basis: BASIS.art33_1,
        }
      : {
          factor: "no_notification_needed",
          effect: "neutral",
          explanation: "The breach is unlikely to result in a risk: no notification, but it must be recorded in the breach register with the reasons for this decision.",
          basis: `${BASIS.art33_1}; GDPR Art. 33(5)`,
        },
  );
  if (communicateSubjects) {
    reasons.push({
      factor: "communicate_subjects",
      effect: "neutral",
      explanation: "The risk is high: the people affected must be told without undue delay, in plain language, with advice on protecting themselves.",
      basis: BASIS.art34_1,
    });
  }
  if (facts.role === "processor") {
    reasons.push({
      factor: "processor_role",
      effect: "neutral",
      explanation:
        "The practice acts as a processor here: it must tell the controller without undue delay, whatever the risk. Notifying the authority and the people is the controller's duty; this assessment is for the controller to use.",
      basis: BASIS.art33_2,
    });
  }

  return {
    notifyAuthority,
    communicateSubjects,
    publicCommunicationInstead,
    notifyController: facts.role === "processor",
    exemptions,
    reasons,
  };
}

function notApplicable(factor: Exemption, riskLevel: RiskLevel, basis: string): Reason {
  return {
    factor,
    effect: "neutral",
    explanation:
      riskLevel === "high"
        ? "This exemption is not needed: another one already spares the message to the people."
        : "This exemption only matters when the risk is high, so it changes nothing here.",
    basis,
  };
}
