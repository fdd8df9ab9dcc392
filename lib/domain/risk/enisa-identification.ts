import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { BASIS } from "./basis";
import type { SeverityComponent } from "./types";

/**
 * EI: how easily the people can be identified. ENISA's scale is negligible 0.25, limited 0.5,
 * significant 0.75, maximum 1. "Indirect" data is placed at significant (0.75), not limited (0.5): a medical
 * practice serves a local population, where a date of birth with a postcode, a patient number or a rare
 * condition usually singles one person out with little effort. "Limited" is not used by the facts model.
 */
export function easeOfIdentification(facts: BreachFacts): SeverityComponent {
  switch (facts.identifiability) {
    case "direct":
      return {
        value: 1,
        reasons: [
          {
            factor: "direct_identification",
            effect: "raises",
            explanation: "The data names the people directly (maximum ease of identification, 1).",
            basis: BASIS.enisa,
          },
        ],
      };
    case "indirect":
      return {
        value: 0.75,
        reasons: [
          {
            factor: "indirect_identification",
            effect: "neutral",
            explanation:
              "The people are not named, but in a practice's local population details such as date of birth, " +
              "postcode or patient number usually point to one person (significant, 0.75).",
            basis: BASIS.enisa,
          },
        ],
      };
    case "pseudonymised":
      return {
        value: 0.25,
        reasons: [
          {
            factor: "pseudonymised_data",
            effect: "lowers",
            explanation: "The data was pseudonymised and the key to re-identify was not exposed (negligible, 0.25).",
            basis: BASIS.enisa,
          },
        ],
      };
  }
}
