import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import { isOrdinaryOnly, weighsHighWhenExposedWidely } from "./data-nature";
import { listed, type BreachProfile } from "./profile";
import { levelBelow, type Reason, type RiskLevel } from "./types";

export interface PartialRisk {
  level: RiskLevel;
  reasons: Reason[];
}

/**
 * The risk from disclosure or access (a confidentiality breach), following EDPB Guidelines 9/2022 and the
 * examples of 01/2021: unintelligible data, a trusted recipient who deleted it, or proof that nobody saw
 * and nobody copied the data leave no risk; otherwise sensitive data makes it high, and so does data that
 * enables fraud or reveals private life once strangers could see it.
 *
 * Seeing is not copying: access by someone not entitled is already a disclosure (Art. 4(12)), so "nothing
 * was copied" alone never means "no risk". An absent `access` is read as "not known", the cautious reading,
 * because a reporter who has not checked cannot have ruled it out.
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
        ? "The data (or the passwords, strongly hashed and salted) cannot be read without a key or secret that " +
          "stayed safe: disclosure of the content is not a risk."
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

  const access = details.access ?? "unknown";
  const malicious = facts.cause === "malicious";
  const seen = access !== "ruled_out";
  // Someone who knows the people and has an interest in them is not the disinterested recipient of Case No. 09.
  const harmfulReader =
    seen && details.recipientCouldHarm === true && profile.special.length > 0 && facts.identifiability !== "pseudonymised";
  if (details.recipients === "known_trusted" && !malicious && !harmfulReader) {
    reasons.push({
      factor: "trusted_recipient_deleted",
      effect: "lowers",
      explanation: "Only a known recipient bound to confidentiality received the data, and confirmed deleting it.",
      basis: BASIS.trustedRecipient,
    });
    return { level: "none", reasons };
  }
  if (details.recipients === "known_trusted") {
    reasons.push({
      factor: "recipient_not_trusted",
      effect: "raises",
      explanation: malicious
        ? "The person is bound to confidentiality, but someone acted on purpose: a person acting in bad faith " +
          "cannot be relied on to keep the data secret or to delete it."
        : "The person is bound to confidentiality, but knows the people and could harm them, so their promise " +
          "to delete it cannot settle the risk.",
      basis: malicious ? BASIS.trustedRecipient : `${BASIS.trustedRecipient}; ${BASIS.recital85}`,
    });
  }
  if (details.exfiltration === "ruled_out" && access === "ruled_out") {
    reasons.push({
      factor: "exfiltration_ruled_out",
      effect: "lowers",
      explanation: "It is established that nobody saw, opened or copied the data, so its disclosure is not a risk.",
      basis: BASIS.exfiltrationRuledOut,
    });
    return { level: "none", reasons };
  }
  reasons.push(accessReason(access, details.exfiltration));

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
  } else if (details.recipients === "known_untrusted") {
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
  } else if (malicious && details.exfiltration === "unknown") {
    reasons.push({
      factor: "exfiltration_not_ruled_out",
      effect: "raises",
      explanation: "An attacker had access and it cannot be ruled out that data was taken, so it is assessed as if it had been.",
      basis: BASIS.riskFactors,
    });
  }

  if (harmfulReader) {
    reasons.push({
      factor: "recipient_could_harm",
      effect: "raises",
      explanation:
        `The person who saw it knows the people and could harm them (an employer, relative, neighbour or ` +
        `insurer): ${listed(profile.special)} in such hands can lead to discrimination, loss of a job or ` +
        `reputation, so the risk is high.`,
      basis: BASIS.recital85,
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

  // EDPB 01/2021 Case No. 13: ordinary order details seen by a customer acting in good faith, then returned or
  // destroyed, leave no risk; the same cannot be said once health, other sensitive or fraud-enabling data
  // was read, or the reader acted on purpose or could harm the people.
  const harmlessOnceDeleted = isOrdinaryOnly(profile) && !profile.inCare && !malicious && details.recipientCouldHarm !== true;
  if (facts.mitigation.dataRetrievedOrDeleted) {
    if (widely) {
      reasons.push({
        factor: "data_retrieved_or_deleted",
        effect: "neutral",
        explanation: "The data was retrieved or deleted, but unknown people may have kept copies, so this does not lower the risk.",
        basis: BASIS.riskFactors,
      });
    } else if (seen && !harmlessOnceDeleted) {
      // Deleting what was already read does not undo the disclosure of sensitive data: only data returned
      // unread lowers the risk then.
      reasons.push({
        factor: "data_retrieved_or_deleted",
        effect: "neutral",
        explanation:
          access === "confirmed"
            ? "The data was retrieved or deleted, but only after the recipient had read it: what was seen cannot be " +
              "unseen, so this does not lower the risk."
            : "The data was retrieved or deleted, but it is not known whether the recipient read it first, so this " +
              "does not lower the risk. If it came back unread, record that nobody saw it.",
        basis: BASIS.mispostal,
      });
    } else {
      reasons.push({
        factor: "data_retrieved_or_deleted",
        effect: "lowers",
        explanation: seen
          ? "Only ordinary details were seen, by a known recipient acting in good faith who returned or deleted " +
            "them: this lowers the risk by one step."
          : "The data came back from, or was deleted by, the known recipient unread: this lowers the risk by one step.",
        basis: BASIS.mispostal,
      });
      level = levelBelow(level);
    }
  }
  return { level: harmfulReader ? "high" : level, reasons };
}

function accessReason(access: "confirmed" | "unknown" | "ruled_out", exfiltration: "confirmed" | "unknown" | "ruled_out"): Reason {
  const nothingCopied = exfiltration === "ruled_out" ? "Nothing was copied or taken, but " : "";
  switch (access) {
    case "confirmed":
      return {
        factor: "access_confirmed",
        effect: "raises",
        explanation:
          `${nothingCopied}${nothingCopied ? "s" : "S"}omeone not entitled ` +
          `saw or opened the data: ` +
          `seeing it is already a disclosure.`,
        basis: BASIS.art4_12,
      };
    case "unknown":
      return {
        factor: "access_not_ruled_out",
        effect: "raises",
        explanation:
          `${nothingCopied}${nothingCopied ? "i" : "I"}t is not known whether someone not entitled saw or ` +
          `opened the data, so the assessment assumes they did. If logs or the recipient show nobody did, ` +
          `record it.`,
        basis: BASIS.art4_12,
      };
    case "ruled_out":
      return {
        factor: "access_ruled_out",
        effect: "neutral",
        explanation: "Nobody not entitled saw or opened the data, but it may have been copied, and a copy can be read later.",
        basis: BASIS.art4_12,
      };
  }
}
