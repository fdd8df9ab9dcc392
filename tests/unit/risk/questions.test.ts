import { describe, expect, it } from "vitest";
import { FACT_QUESTIONS } from "@/lib/domain/risk";
import {
  BREACH_TYPES,
  CAUSES,
  DATA_CATEGORIES,
  ENCRYPTION,
  EXFILTRATION,
  IDENTIFIABILITY,
  RECIPIENTS,
  ROLES,
  SUBJECT_CATEGORIES,
} from "@/lib/schemas/breach-facts";

const CHOICES: Record<string, readonly string[]> = {
  role: ROLES,
  breachTypes: BREACH_TYPES,
  cause: CAUSES,
  dataCategories: DATA_CATEGORIES,
  "subjects.categories": SUBJECT_CATEGORIES,
  identifiability: IDENTIFIABILITY,
  encryption: ENCRYPTION,
  "confidentiality.recipients": RECIPIENTS,
  "confidentiality.exfiltration": EXFILTRATION,
};

const ALL_FACTS = [
  ...Object.keys(CHOICES),
  "subjects.count",
  "records",
  "availability.backup",
  "availability.restoredWithinHours",
  "availability.permanentLoss",
  "integrity.recoverable",
  "mitigation.dataRetrievedOrDeleted",
  "mitigation.highRiskNoLongerLikely",
  "mitigation.individualContactDisproportionate",
];

describe("guided questionnaire", () => {
  it("asks exactly one question per breach fact", () => {
    expect(FACT_QUESTIONS.map((q) => q.field).sort()).toEqual([...ALL_FACTS].sort());
  });

  it("offers every allowed value, and only allowed values, with a plain label", () => {
    for (const [field, allowed] of Object.entries(CHOICES)) {
      const question = FACT_QUESTIONS.find((q) => q.field === field)!;
      expect(question.options.map((o) => o.value).sort(), field).toEqual([...allowed].sort());
      for (const option of question.options) expect(option.label.length).toBeGreaterThan(2);
    }
  });

  it("gives each question a legal term and a reason why it matters", () => {
    for (const q of FACT_QUESTIONS) {
      expect(q.question).toMatch(/\?/);
      expect(q.legalTerm.length).toBeGreaterThan(3);
      expect(q.whyItMatters.length).toBeGreaterThan(20);
      if (q.answer === "yes_no") expect(q.options.map((o) => o.value)).toEqual([true, false]);
    }
  });

  it("asks about recipients, exfiltration, backup and recovery only for their breach type", () => {
    for (const q of FACT_QUESTIONS) {
      const [head] = q.field.split(".");
      if (head === "confidentiality" || head === "availability" || head === "integrity") expect(q.onlyFor).toBe(head);
      else expect(q.onlyFor).toBeUndefined();
    }
  });
});
