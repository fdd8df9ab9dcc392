import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { circumstancesOfBreach } from "./enisa-circumstances";
import { dataProcessingContext } from "./enisa-data-context";
import { easeOfIdentification } from "./enisa-identification";
import { multiplyAdd } from "./exact";
import { profileOf, type BreachProfile } from "./profile";
import type { Severity, SeverityBand } from "./types";

/** ENISA (2013): SE = DPC x EI + CB. A score that explains the assessment; it does not decide it. */
export function enisaSeverity(facts: BreachFacts, profile: BreachProfile = profileOf(facts)): Severity {
  const dataContext = dataProcessingContext(facts, profile);
  const identification = easeOfIdentification(facts);
  const circumstances = circumstancesOfBreach(facts, profile);
  const score = multiplyAdd(dataContext.value, identification.value, circumstances.value);
  return {
    score,
    band: severityBand(score),
    formula: `${dataContext.value} x ${identification.value} + ${circumstances.value} = ${score}`,
    components: {
      dataProcessingContext: dataContext,
      easeOfIdentification: identification,
      circumstances,
    },
  };
}

/** ENISA's bands, applied to the rounded score so the band always matches the number shown. */
export function severityBand(score: number): SeverityBand {
  if (score < 2) return "low";
  if (score < 3) return "medium";
  if (score < 4) return "high";
  return "very_high";
}
