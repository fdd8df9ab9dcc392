import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { PartialRisk } from "./confidentiality-risk";
import { QUICK_RESTORE_HOURS, type BreachProfile } from "./profile";
import type { Reason, RiskLevel } from "./types";

/**
 * The risk from losing access to the data (an availability breach). A quick restore from backup leaves no
 * risk (EDPB 01/2021 Case No. 01), except for patients' health records, where even a short outage can delay
 * care (EDPB 9/2022, hospital example). A longer outage is a risk (Case No. 02) and, for patients' health
 * records, a high one (Case No. 03); so is their permanent loss.
 */
export function availabilityRisk(facts: BreachFacts, profile: BreachProfile): PartialRisk {
  const reasons: Reason[] = [];
  const details = facts.availability;
  const permanent = !details || details.permanentLoss;
  const quick =
    !permanent && details.restoredWithinHours !== null && details.restoredWithinHours <= QUICK_RESTORE_HOURS;

  if (details && !details.backup) {
    reasons.push({
      factor: "no_backup",
      effect: "raises",
      explanation: "There was no usable backup, so the data had to be rebuilt or is gone.",
      basis: BASIS.noBackup,
    });
  }
  if (profile.careCritical) {
    reasons.push({
      factor: "care_depends_on_records",
      effect: "raises",
      explanation: "These are patients' health records: while they are out of reach, treatment can be delayed or go wrong.",
      basis: BASIS.availabilityInHealthcare,
    });
  }

  let level: RiskLevel;
  if (permanent) {
    reasons.push({
      factor: "permanent_loss",
      effect: "raises",
      explanation: details
        ? "The data is lost for good and cannot be restored."
        : "Whether the data can be restored is not recorded, so the assessment assumes it is lost.",
      basis: BASIS.riskFactors,
    });
    level = profile.careCritical ? "high" : "risk";
  } else if (quick) {
    reasons.push({
      factor: "quick_restore_from_backup",
      effect: "lowers",
      explanation: profile.careCritical
        ? `Access was restored within ${details.restoredWithinHours} hours. That is quick, but for patients even a short outage can delay care, so a risk remains.`
        : `Access was restored within ${details.restoredWithinHours} hours, before the outage could affect anyone.`,
      basis: BASIS.quickRestore,
    });
    level = profile.careCritical ? "risk" : "none";
  } else {
    reasons.push({
      factor: "prolonged_unavailability",
      effect: "raises",
      explanation:
        details.restoredWithinHours === null
          ? "Access is not restored yet."
          : `Access took ${details.restoredWithinHours} hours to restore, long enough to affect the people concerned.`,
      basis: profile.careCritical ? BASIS.ransomwareHospital : BASIS.noBackup,
    });
    level = profile.careCritical ? "high" : "risk";
  }
  return { level, reasons };
}
