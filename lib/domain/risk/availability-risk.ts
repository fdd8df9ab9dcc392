import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { PartialRisk } from "./confidentiality-risk";
import { QUICK_RESTORE_HOURS, type BreachProfile } from "./profile";
import { levelAbove, type Reason, type RiskLevel } from "./types";

/**
 * The risk from losing access to the data (an availability breach). A quick restore from backup leaves no
 * risk (EDPB 01/2021 Case No. 01). A longer outage is a risk (Case No. 02); so is a permanent loss.
 *
 * For the health records of people in care, losing access can delay treatment (EDPB 9/2022, hospital example;
 * 01/2021 Case No. 03), and `careDisrupted` says whether it did. Not known yet: the assessment assumes care
 * could be delayed (one step higher) and says so. Known not to: no care premium, so a quick restore leaves no
 * risk, as in Case No. 01 and No. 10. Known to: high, as in Case No. 03. Records lost for good stay high
 * whatever happened so far: the missing history can harm future care.
 */
export function availabilityRisk(facts: BreachFacts, profile: BreachProfile): PartialRisk {
  const reasons: Reason[] = [];
  const details = facts.availability;
  const permanent = !details || details.permanentLoss;
  const quick = !permanent && details.restoredWithinHours !== null && details.restoredWithinHours <= QUICK_RESTORE_HOURS;
  const disrupted = details?.careDisrupted ?? null;

  if (details && !details.backup) {
    reasons.push({
      factor: "no_backup",
      effect: "raises",
      explanation: "There was no usable backup, so the data had to be rebuilt or is gone.",
      basis: BASIS.noBackup,
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
    level = "risk";
  } else if (quick) {
    reasons.push({
      factor: "quick_restore_from_backup",
      effect: "lowers",
      explanation:
        disrupted === false || (!profile.careCritical && disrupted === null)
          ? `Access was restored within ${details.restoredWithinHours} hours, before the outage could affect anyone.`
          : `Access was restored within ${details.restoredWithinHours} hours.`,
      basis: BASIS.quickRestore,
    });
    level = "none";
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
    level = "risk";
  }

  if (disrupted === true) {
    reasons.push({
      factor: "care_disrupted",
      effect: "raises",
      explanation: profile.careCritical
        ? "Appointments were cancelled or treatment was delayed while the health records were out of reach: " +
          "people's health was put at risk."
        : "Appointments were cancelled or treatment was delayed while the data was out of reach.",
      basis: BASIS.ransomwareHospital,
    });
    return { level: profile.careCritical ? "high" : levelAbove(level), reasons };
  }
  if (!profile.careCritical) return { level, reasons };
  if (permanent) {
    reasons.push(careReason("These are health records of people in care: without their history, future treatment can go wrong."));
    return { level: "high", reasons };
  }
  if (disrupted === false) {
    reasons.push({
      factor: "care_not_disrupted",
      effect: "neutral",
      explanation:
        "No appointment was cancelled and no treatment delayed while the records were out of reach, so the " +
        "outage itself did not put care at risk.",
      basis: `${BASIS.quickRestore}; ${BASIS.encryptedDevice}`,
    });
    return { level, reasons };
  }
  reasons.push(
    careReason(
      "These are health records of people in care. Whether appointments or treatment were affected is not " +
        "recorded, so the assessment assumes care could have been delayed. Record whether care was disrupted: " +
        "if it was not, the level may be lower.",
    ),
  );
  return { level: levelAbove(level), reasons };
}

function careReason(explanation: string): Reason {
  return { factor: "care_depends_on_records", effect: "raises", explanation, basis: BASIS.availabilityInHealthcare };
}
