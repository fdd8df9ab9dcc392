import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { Reason } from "./types";

export type OutOfScope = "deceased_only" | "no_personal_data";

/** Whether the facts fall outside the GDPR altogether; mixed data (some living people) stays in scope. */
export function outOfScopeOf(facts: BreachFacts): OutOfScope | undefined {
  return facts.scope === "deceased_only" || facts.scope === "no_personal_data" ? facts.scope : undefined;
}

/**
 * Why there is nothing to notify: Articles 33 and 34 apply to personal-data breaches only, and personal data
 * is information about a living person (Art. 4(1); Recital 27 for the deceased).
 */
export function outOfScopeReason(scope: OutOfScope): Reason {
  return scope === "deceased_only"
    ? {
        factor: "not_personal_data_breach",
        effect: "lowers",
        explanation:
          "The data concerns only people who have died. The GDPR does not apply to them, so this is not a " +
          "personal-data breach: no notification to the authority and no message to the people. Medical secrecy " +
          "and national rules on the records of the deceased may still apply; keep a note of the incident and " +
          "check those rules.",
        basis: `${BASIS.recital27}; ${BASIS.art4_1}`,
      }
    : {
        factor: "not_personal_data_breach",
        effect: "lowers",
        explanation:
          "No real person's data was involved (for example invented test data), so this is not a personal-data " +
          "breach: no notification to the authority and no message to anyone. Keep a note of the incident as a " +
          "security event.",
        basis: `${BASIS.art4_1}; ${BASIS.art4_12}`,
      };
}
