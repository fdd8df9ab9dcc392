import { describe, expect, it } from "vitest";
import { FACT_QUESTIONS } from "@/lib/domain/risk";
import {
  ACCESS,
  BREACH_TYPES,
  CAUSES,
  DATA_CATEGORIES,
  ENCRYPTION,
  EXFILTRATION,
  IDENTIFIABILITY,
  RECIPIENTS,
  ROLES,
  SCOPES,
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
  "confidentiality.access": ACCESS,
  scope: SCOPES,
};

const ALL_FACTS = [
  ...Object.keys(CHOICES),
  "subjects.count",
  "records",
  "availability.backup",
  "availability.restoredWithinHours",
  "availability.permanentLoss",
  "availability.careDisrupted",
  "integrity.recoverable",
  "integrity.usedBeforeCorrection",
  "confidentiality.recipientCouldHarm",
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

  it("offers medical images and ordinary photos as two choices, each named plainly", () => {
    const kinds = FACT_QUESTIONS.find((q) => q.field === "dataCategories")!.options;
    expect(kinds.find((o) => o.value === "medical_images")?.label).toMatch(/X-rays/);
    expect(kinds.find((o) => o.value === "images")?.label).toMatch(/not medical/);
    expect(kinds.find((o) => o.value === "health")?.label).not.toMatch(/images/);
  });

  it("asks about recipients, exfiltration, backup and recovery only for their breach type", () => {
    for (const q of FACT_QUESTIONS) {
      const [head] = q.field.split(".");
      if (head === "confidentiality" || head === "availability" || head === "integrity") expect(q.onlyFor).toBe(head);
      else expect(q.onlyFor).toBeUndefined();
    }
  });
});
