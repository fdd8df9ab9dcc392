import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import { sum } from "./exact";
import { QUICK_RESTORE_HOURS, type BreachProfile } from "./profile";
import type { Reason, SeverityComponents } from "./types";

type Circumstances = SeverityComponents["circumstances"];

/** CB: what happened to the data. Each loss counts 0 to 0.5, and malicious intent adds 0.5. */
export function circumstancesOfBreach(facts: BreachFacts, profile: BreachProfile): Circumstances {
  const reasons: Reason[] = [];
  const confidentiality = profile.types.has("confidentiality") ? lossOfConfidentiality(facts, reasons) : 0;
  const integrity = profile.types.has("integrity") ? lossOfIntegrity(facts, reasons) : 0;
  const availability = profile.types.has("availability") ? lossOfAvailability(facts, reasons) : 0;
  const maliciousIntent = malice(facts, reasons);
  return {
    value: sum(confidentiality, integrity, availability, maliciousIntent),
    confidentiality,
    integrity,
    availability,
    maliciousIntent,
    reasons,
  };
}

function lossOfConfidentiality(facts: BreachFacts, reasons: Reason[]): number {
  const details = facts.confidentiality;
  if (!details) {
    reasons.push(
      cb("confidentiality_details_missing", "raises", "Who could see the data is not recorded, so the worst case counts (0.5)."),
    );
    return 0.5;
  }
  if (details.exfiltration === "ruled_out" && details.access === "ruled_out") {
    reasons.push(
      cb("exfiltration_ruled_out", "lowers", "The data was exposed, but it is established that nobody saw, opened or copied it (0)."),
    );
    return 0;
  }
  // A recipient acting on purpose is not trusted, whatever their duty of confidentiality.
  const recipients = details.recipients === "known_trusted" && facts.cause === "malicious" ? "known_untrusted" : details.recipients;
  switch (recipients) {
    case "public":
    case "unknown":
      reasons.push(cb("public_or_unknown_recipients", "raises", "An unknown number of people could see the data (0.5)."));
      return 0.5;
    case "known_untrusted":
      reasons.push(cb("known_untrusted_recipient", "raises", "Known recipients who are not bound to confidentiality saw the data (0.25)."));
      return 0.25;
    case "known_trusted":
      reasons.push(
        cb(
          "trusted_recipient_deleted",
          "lowers",
          "Only a known recipient bound to confidentiality saw the data and confirmed deleting it (0).",
        ),
      );
      return 0;
  }
}

function lossOfIntegrity(facts: BreachFacts, reasons: Reason[]): number {
  if (facts.integrity?.recoverable) {
    reasons.push(cb("integrity_recoverable", "neutral", "The data was altered but the correct version can be recovered (0.25)."));
    return 0.25;
  }
  reasons.push(
    cb(
      "integrity_not_recoverable",
      "raises",
      "The data was altered and the correct version cannot be recovered, or this is not recorded (0.5).",
    ),
  );
  return 0.5;
}

function lossOfAvailability(facts: BreachFacts, reasons: Reason[]): number {
  const details = facts.availability;
  if (!details || details.permanentLoss) {
    reasons.push(cb("permanent_loss", "raises", "The data is lost for good, or this is not recorded (0.5)."));
    return 0.5;
  }
  if (details.restoredWithinHours !== null && details.restoredWithinHours <= QUICK_RESTORE_HOURS) {
    reasons.push(cb("quick_restore_from_backup", "lowers", `Access was restored within ${QUICK_RESTORE_HOURS} hours (0).`));
    return 0;
  }
  reasons.push(cb("prolonged_unavailability", "raises", "The data was out of reach for more than a day, or is not restored yet (0.25)."));
  return 0.25;
}

function malice(facts: BreachFacts, reasons: Reason[]): number {
  if (facts.cause === "malicious") {
    reasons.push(cb("malicious_intent", "raises", "Someone acted deliberately, so misuse of the data is more likely (0.5)."));
    return 0.5;
  }
  if (facts.cause === "unknown") {
    reasons.push(cb("cause_unknown", "neutral", "The cause is not known yet; malice is not counted until it is established (0)."));
  }
  return 0;
}

function cb(factor: string, effect: Reason["effect"], explanation: string): Reason {
  return { factor, effect, explanation, basis: BASIS.enisa };
}
