import type { BreachFacts } from "@/lib/schemas/breach-facts";

/** Every fact answered, so the facts are complete and an incident can be reported; each test overrides what it is about. */
const base: BreachFacts = {
  role: "controller",
  breachTypes: ["confidentiality"],
  cause: "accidental",
  dataCategories: ["identification", "health"],
  subjects: { count: 1, categories: ["patients"] },
  records: 1,
  identifiability: "direct",
  encryption: "none",
  confidentiality: { recipients: "known_untrusted", exfiltration: "unknown" },
  availability: null,
  integrity: null,
  mitigation: { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
};

/** One patient's health data sent to the wrong person by mistake (who may read it). */
export function misdirectedResults(overrides: Partial<BreachFacts> = {}): BreachFacts {
  return { ...base, ...overrides };
}

/** Patients' health records put where anyone can read them by an attacker (a list published online). */
export function publishedRecords(patients: number, overrides: Partial<BreachFacts> = {}): BreachFacts {
  return stolenRecords(patients, patients, { confidentiality: { recipients: "public", exfiltration: "confirmed" }, ...overrides });
}

/** Patients' health records copied out by an attacker, to whom is not known. */
export function stolenRecords(patients: number, records: number, overrides: Partial<BreachFacts> = {}): BreachFacts {
  return {
    ...base,
    cause: "malicious",
    subjects: { count: patients, categories: ["patients"] },
    records,
    confidentiality: { recipients: "unknown", exfiltration: "confirmed" },
    ...overrides,
  };
}
