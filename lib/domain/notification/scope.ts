import type { BreachFactsDraft } from "./types";

/*
 * Whether the facts describe a personal-data breach at all. Data of deceased people only (GDPR Recital 27) or
 * data about no real person (synthetic test data) is outside the GDPR: nothing is notified, nobody is written
 * to, and the register says why.
 */
export type OutOfScope = "deceased_only" | "no_personal_data";

export function outOfScope(facts: BreachFactsDraft | null | undefined): OutOfScope | null {
  const scope = facts?.scope;
  return scope === "deceased_only" || scope === "no_personal_data" ? scope : null;
}

/** Why it is not a personal-data breach, in words for the register and the documents. */
export const OUT_OF_SCOPE_REASON_EN: Record<OutOfScope, string> = {
  deceased_only: "The data concern deceased people only; the GDPR does not apply to them (Recital 27).",
  no_personal_data:
    "No real person can be identified from the data (for example synthetic test data), so no personal data was involved (Art. 4(1)).",
};
