import type { BreachFacts, DataCategory } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import { clamp, sum } from "./exact";
import { count, listed, type BreachProfile } from "./profile";
import type { Reason, SeverityComponents } from "./types";

/**
 * ENISA's four base levels, and where each category of the facts model sits. ENISA names only simple,
 * behavioural, financial and sensitive data; the placement of the others is ours and explained here.
 */
const BASE_LEVEL: Record<DataCategory, { level: 1 | 2 | 3 | 4; why: string }> = {
  identification: { level: 1, why: "name, address and date of birth are simple data" },
  contact: { level: 1, why: "contact details are simple data" },
  images: { level: 1, why: "ordinary photos and video are simple data" },
  behavioural: { level: 2, why: "habits and preferences are behavioural data" },
  location: { level: 2, why: "location traces show where someone goes, so they weigh like behavioural data" },
  communications: {
    level: 2,
    why: "the content of messages reveals private life, so it weighs like behavioural data (record any health details in it as health)",
  },
  credentials: {
    level: 3,
    why: "log-in data opens accounts and leads to fraud, so it weighs like financial data",
  },
  official_id: {
    level: 3,
    why: "national id, passport and social security numbers enable identity theft, so they weigh like financial data",
  },
  financial: { level: 3, why: "bank and payment data is financial data" },
  health: { level: 4, why: "health data is a special category" },
  medical_images: { level: 4, why: "medical images are health data, a special category" },
  genetic: { level: 4, why: "genetic data is a special category" },
  biometric: { level: 4, why: "biometric data is a special category" },
  racial_ethnic: { level: 4, why: "racial or ethnic origin is a special category" },
  political: { level: 4, why: "political opinions are a special category" },
  religious: { level: 4, why: "religious beliefs are a special category" },
  trade_union: { level: 4, why: "trade-union membership is a special category" },
  sex_life: { level: 4, why: "sex life and sexual orientation are a special category" },
  criminal: { level: 4, why: "criminal convictions and offences are protected by Art. 10" },
};

type DataContext = SeverityComponents["dataProcessingContext"];

/** DPC: the base level of the most sensitive category, adjusted by context, kept within 1..4. */
export function dataProcessingContext(facts: BreachFacts, profile: BreachProfile): DataContext {
  const reasons: Reason[] = [];
  const most = mostSensitive(facts.dataCategories);
  const base = most ? BASE_LEVEL[most].level : 1;

  if (most) {
    reasons.push({
      factor: "dpc_base",
      effect: "neutral",
      explanation: `Starts at ${base} from the most sensitive data involved: ${BASE_LEVEL[most].why}.`,
      basis: BASIS.enisa,
    });
  } else {
    reasons.push({
      factor: "data_categories_unknown",
      effect: "neutral",
      explanation: "No kind of data is recorded yet, so the score starts at 1 (simple data). Complete the facts.",
      basis: BASIS.enisa,
    });
  }

  const adjustments: number[] = [];
  const adjust = (by: number, reason: Reason) => {
    adjustments.push(by);
    reasons.push(reason);
  };

  if (profile.inCare && profile.special.length === 0) {
    adjust(1, {
      factor: "patient_relationship_inferable",
      effect: "raises",
      explanation: profile.patients
        ? "These are patients: being on a medical practice's list already says something about their health."
        : `These are ${listed(profile.vulnerable)} in the practice's care: being on its list already says something about their health.`,
      basis: BASIS.enisa,
    });
  }
  if (profile.vulnerable.length > 0) {
    adjust(0.5, {
      factor: "vulnerable_subjects",
      effect: "raises",
      explanation: `The people include ${listed(profile.vulnerable)}, who need particular protection.`,
      basis: BASIS.recital75,
    });
  }
  if (profile.largeScale) {
    adjust(0.5, {
      factor: "large_scale",
      effect: "raises",
      explanation: `About ${count(profile.subjectCount)} people are affected: a large volume makes misuse and profiling easier.`,
      basis: BASIS.recital75,
    });
  }

  const confidentialityOnly = profile.types.size === 1 && profile.types.has("confidentiality");
  let value = clamp(sum(base, ...adjustments), 1, 4);
  if (facts.encryption === "state_of_the_art" && profile.types.has("confidentiality")) {
    if (confidentialityOnly) {
      reasons.push({
        factor: "state_of_the_art_encryption",
        effect: "lowers",
        explanation:
          "The data was strongly encrypted and the key is safe: whoever has it cannot read it, so the context " +
          "counts as the lowest level (1).",
        basis: BASIS.enisa,
      });
      value = 1;
    } else {
      reasons.push({
        factor: "state_of_the_art_encryption",
        effect: "neutral",
        explanation:
          "Strong encryption keeps the content secret, but it does not undo the loss or alteration of the data, " +
          "so the context keeps its level.",
        basis: BASIS.enisa,
      });
    }
  } else if (facts.encryption === "weak") {
    reasons.push({
      factor: "weak_or_compromised_encryption",
      effect: "neutral",
      explanation: "The encryption was weak or its key exposed, so the data counts as readable.",
      basis: BASIS.enisa,
    });
  }

  return { value, base, reasons };
}

function mostSensitive(categories: readonly DataCategory[]): DataCategory | undefined {
  let most: DataCategory | undefined;
  for (const category of categories) {
    if (!most || BASE_LEVEL[category].level > BASE_LEVEL[most].level) most = category;
  }
  return most;
}
