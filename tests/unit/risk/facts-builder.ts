import type { BreachFacts } from "@/lib/schemas/breach-facts";

/** Plain facts for tests: one accidental confidentiality breach of one person's name, overridable. */
export function facts(overrides: Partial<BreachFacts> = {}): BreachFacts {
  return {
    role: "controller",
    breachTypes: ["confidentiality"],
    cause: "accidental",
    dataCategories: ["identification"],
    subjects: { count: 1, categories: ["customers"] },
    records: null,
    identifiability: "direct",
    encryption: "none",
    confidentiality: { recipients: "known_untrusted", exfiltration: "unknown" },
    availability: null,
    integrity: null,
    mitigation: { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
    ...overrides,
  };
}
