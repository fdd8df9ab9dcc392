import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import { weighsHighWhenExposedWidely } from "./data-nature";
import type { BreachProfile } from "./profile";
import { levelBelow, type Reason, type RiskLevel } from "./types";

export interface PartialRisk {
  level: RiskLevel;
  reasons: Reason[];
}

/**
 * The risk from disclosure or access (a confidentiality breach), following EDPB Guidelines 9/2022 and the
 * examples of 01/2021: unintelligible data, a trusted recipient who deleted it, or a proven absence of
 * exfiltration leave no risk; otherwise sensitive data makes it high, and so does data that enables fraud or
 * reveals private life once strangers could see it.
 */
export function confidentialityRisk(facts: BreachFacts, profile: BreachProfile): PartialRisk {
  const reasons: Reason[] = [];
  const details = facts.confidentiality ?? { recipients: "unknown" as const, exfiltration: "unknown" as const };
  if (!facts.confidentiality) {
    reasons.push({
      factor: "confidentiality_details_missing",
      effect: "raises",
      explanation: "Who could see the data is not recorded, so the assessment assumes unknown people could.",
      basis: BASIS.riskFactors,
    });
  }

  if (facts.encryption === "state_of_the_art") {
    reasons.push({
      factor: "state_of_the_art_encryption",
      effect: "lowers",
      explanation: profile.credentials
        ? "The data (or the passwords, strongly hashed and salted) cannot be read without a key or secret that stayed safe: disclosure of the content is not a risk."
        : "The data was strongly encrypted and the key stayed safe: whoever has it cannot read it, so its disclosure is not a risk.",
      basis: `${BASIS.art34_3_a}; ${BASIS.encryptedDevice}; ${BASIS.notificationNotRequired}`,
    });
    return { level: "none", reasons };
  }
  if (facts.encryption === "weak") {
    reasons.push({
      factor: "weak_or_compromised_encryption",
      effect: "neutral",
      explanation: "The encryption was weak or its key was exposed, so the data counts as readable.",
      basis: BASIS.notificationNotRequired,
    });
  }

  if (details.recipients === "known_trusted") {
    reasons.push({
      factor: "trusted_recipient_deleted",
      effect: "lowers",
      explanation: "Only a known recipient bound to confidentiality received the data, and confirmed deleting it.",
      basis: BASIS.trustedRecipient,
    });
    return { level: "none", reasons };
  }
  if (details.exfiltration === "ruled_out") {
    reasons.push({
      factor: "exfiltration_ruled_out",
      effect: "lowers",
      explanation: "It is established that nobody copied or read the data, so its disclosure is not a risk.",
      basis: BASIS.exfiltrationRuledOut,
    });
    return { level: "none", reasons };
  }

  const widely = details.recipients === "public" || details.recipients === "unknown";
  if (widely) {
    reasons.push({
      factor: "public_or_unknown_recipients",
      effect: "raises",
      explanation:
        details.recipients === "public"
          ? "The data was open to anyone (for example on the internet): it may be copied and misused by people nobody can reach."
          : "It is not known who got the data, so nobody can be asked to delete it.",
      basis: BASIS.riskFactors,
    });
  } else {
    reasons.push({
      factor: "known_untrusted_recipient",
      effect: "neutral",
      explanation: "A known recipient saw the data. The exposure is limited, but that person is not bound to confidentiality.",
      basis: BASIS.mispostal,
    });
  }
  if (details.exfiltration === "confirmed") {
    reasons.push({
      factor: "exfiltration_confirmed",
      effect: "raises",
      explanation: "The data was actually taken.",
      basis: BASIS.riskFactors,
    });
  } else if (facts.cause === "malicious") {
    reasons.push({
      factor: "exfiltration_not_ruled_out",
      effect: "raises",
      explanation: "An attacker had access and it cannot be ruled out that data was taken, so it is assessed as if it had been.",
      basis: BASIS.riskFactors,
    });
  }

  let level: RiskLevel = "risk";
  if (profile.special.length > 0) level = "high";
  else if (widely && weighsHighWhenExposedWidely(profile)) level = "high";
  else if (profile.largeScale && profile.identityOrFinancial.length > 0) level = "high";

  if (facts.identifiability === "pseudonymised") {
    reasons.push({
      factor: "pseudonymised_data",
      effect: "lowers",
      explanation: "The people cannot be named from the data without a key that was not exposed, which lowers the risk by one step.",
      basis: BASIS.riskFactors,
    });
    level = levelBelow(level);
  }

  if (facts.mitigation.dataRetrievedOrDeleted) {
    if (widely) {
      reasons.push({
        factor: "data_retrieved_or_deleted",
        effect: "neutral",
        explanation: "The data was retrieved or deleted, but unknown people may have kept copies, so this does not lower the risk.",
        basis: BASIS.riskFactors,
      });
    } else {
      reasons.push({
        factor: "data_retrieved_or_deleted",
        effect: "lowers",
        explanation: "The data was retrieved from, or deleted by, the known recipient before harm: this lowers the risk by one step.",
        basis: BASIS.mispostal,
      });
      level = levelBelow(level);
    }
  }
  return { level, reasons };
}
