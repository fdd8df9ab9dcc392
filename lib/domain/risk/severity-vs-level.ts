import { BASIS } from "./basis";
import type { Reason, RiskLevel, Severity } from "./types";

/**
 * The lowering reasons that can set the EDPB level far below the ENISA band, most decisive first, and the
 * words that say why. ENISA weighs the data and what happened to it as if it were readable and reachable;
 * these facts are what make the EDPB level differ.
 */
const WHY_LOWER: readonly { factor: string; why: string }[] = [
  {
    factor: "not_personal_data_breach",
    why:
      "the data concerns no living person, so the GDPR does not apply; ENISA's score measures the harm the " +
      "same data would cause to living people",
  },
  {
    factor: "state_of_the_art_encryption",
    why:
      "the data was strongly encrypted with the key safe, so nobody can read it; ENISA's score measures how " +
      "severe the breach would be had the data been readable",
  },
  {
    factor: "trusted_recipient_deleted",
    why:
      "only a recipient bound to confidentiality received it and confirmed deleting it; ENISA's score " +
      "measures how severe the breach would be in other hands",
  },
  {
    factor: "exfiltration_ruled_out",
    why:
      "it is established that nobody saw, opened or copied the data; ENISA's score measures how severe the " +
      "breach would be had it been read",
  },
  {
    factor: "quick_restore_from_backup",
    why: "access came back from a backup before anyone was affected; ENISA's score weighs the data as if the outage had harmed the people",
  },
  {
    factor: "data_retrieved_or_deleted",
    why: "the data came back unread or was deleted before it could be misused; ENISA's score measures the severity of the exposure itself",
  },
  { factor: "pseudonymised_data", why: "the people cannot be named without a key that stayed safe" },
];

/** Bands and levels on one scale: ENISA's four bands span the EDPB's three levels. */
const BAND_RANK = { low: 0, medium: 1, high: 2, very_high: 3 } as const;
const LEVEL_RANK: Record<RiskLevel, number> = { none: 0, risk: 1.5, high: 2.5 };

/**
 * A reason when the ENISA band and the EDPB level disagree markedly ("high" or "very high" beside no risk,
 * "low" beside high risk), so nobody reads the two side by side without knowing why.
 */
export function severityVersusLevel(level: RiskLevel, severity: Severity, reasons: readonly Reason[]): Reason | undefined {
  const gap = BAND_RANK[severity.band] - LEVEL_RANK[level];
  if (Math.abs(gap) < 2) return undefined;
  const band = severity.band.replace("_", " ");
  if (gap > 0) {
    const decisive = WHY_LOWER.find((candidate) => reasons.some((r) => r.factor === candidate.factor && r.effect === "lowers"));
    return {
      factor: "severity_differs_from_level",
      effect: "neutral",
      explanation: `The ENISA severity is ${band}, yet the breach is unlikely to result in a risk: ${
        decisive?.why ?? "the EDPB level weighs what actually happened to the data, while ENISA's score weighs the data itself"
      }. The level decides what must be done; the score only explains the weight of the data.`,
      basis: `${BASIS.riskFactors}; ${BASIS.enisa}`,
    };
  }
  const raising = reasons.filter((r) => r.effect === "raises").map((r) => r.factor.replace(/_/g, " "));
  return {
    factor: "severity_differs_from_level",
    effect: "neutral",
    explanation:
      `The ENISA severity is ${band}, yet the risk is high: the EDPB level also weighs who the people are ` +
      `and what the breach did to them (${[...new Set(raising)].join(", ")}), which ENISA's formula counts ` +
      `little. The level decides what must be done.`,
    basis: `${BASIS.riskFactors}; ${BASIS.enisa}`,
  };
}
