import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessBreach, type RiskLevel } from "@/lib/domain/risk";
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
  breachFactsSchema,
  type BreachFacts,
} from "@/lib/schemas/breach-facts";

const ORDER: Record<RiskLevel, number> = { none: 0, risk: 1, high: 2 };

const arbitraryFacts: fc.Arbitrary<BreachFacts> = fc
  .record({
    role: fc.constantFrom(...ROLES),
    breachTypes: fc.uniqueArray(fc.constantFrom(...BREACH_TYPES), { minLength: 1 }),
    cause: fc.constantFrom(...CAUSES),
    dataCategories: fc.uniqueArray(fc.constantFrom(...DATA_CATEGORIES)),
    subjects: fc.record({
      count: fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 2_000_000 })),
      categories: fc.uniqueArray(fc.constantFrom(...SUBJECT_CATEGORIES)),
    }),
    identifiability: fc.constantFrom(...IDENTIFIABILITY),
    encryption: fc.constantFrom(...ENCRYPTION),
    confidentiality: fc.record({ recipients: fc.constantFrom(...RECIPIENTS), exfiltration: fc.constantFrom(...EXFILTRATION) }),
    availability: fc.record({
      backup: fc.boolean(),
      restoredWithinHours: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
      permanentLoss: fc.boolean(),
    }),
    integrity: fc.record({ recoverable: fc.boolean() }),
    mitigation: fc.record({
      dataRetrievedOrDeleted: fc.boolean(),
      highRiskNoLongerLikely: fc.boolean(),
      individualContactDisproportionate: fc.boolean(),
    }),
  })
  .map((f) => ({
    ...f,
    records: null,
    confidentiality: f.breachTypes.includes("confidentiality") ? f.confidentiality : null,
    availability: f.breachTypes.includes("availability") ? f.availability : null,
    integrity: f.breachTypes.includes("integrity") ? f.integrity : null,
  }));

describe("assessment invariants over any valid facts", () => {
  it("the generated facts are valid", () => {
    fc.assert(fc.property(arbitraryFacts, (f) => breachFactsSchema.safeParse(f).success));
  });

  it("obligations follow the level exactly as the contract says", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const a = assessBreach(f);
        expect(a.notifyAuthority).toBe(a.riskLevel !== "none");
        expect(a.communicateSubjects).toBe(a.riskLevel === "high" && a.exemptions.length === 0);
        expect(a.publicCommunicationInstead).toBe(a.exemptions.includes("art34_3_c"));
        if (a.exemptions.includes("art34_3_b") || a.exemptions.includes("art34_3_c")) expect(a.riskLevel).toBe("high");
        if (a.exemptions.includes("art34_3_a")) expect(a.riskLevel).not.toBe("high");
        expect(a.notifyController).toBe(f.role === "processor");
      }),
    );
  });

  it("the score stays within ENISA's range, with at most 2 decimals, and matches its band", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const { score, band } = assessBreach(f).severity;
        expect(score).toBeGreaterThanOrEqual(0.25);
        expect(score).toBeLessThanOrEqual(6);
        expect(String(score)).toMatch(/^\d+(\.\d{1,2})?$/);
        const expected = score < 2 ? "low" : score < 3 ? "medium" : score < 4 ? "high" : "very_high";
        expect(band).toBe(expected);
      }),
    );
  });

  it("strong encryption never raises the level", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const plain = assessBreach({ ...f, encryption: "none" }).riskLevel;
        const encrypted = assessBreach({ ...f, encryption: "state_of_the_art" }).riskLevel;
        expect(ORDER[encrypted]).toBeLessThanOrEqual(ORDER[plain]);
      }),
    );
  });

  it("adding health data never lowers the level", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const without = f.dataCategories.filter((c) => c !== "health");
        const before = assessBreach({ ...f, dataCategories: without }).riskLevel;
        const after = assessBreach({ ...f, dataCategories: [...without, "health"] }).riskLevel;
        expect(ORDER[after]).toBeGreaterThanOrEqual(ORDER[before]);
      }),
    );
  });

  it("wider recipients never lower the level", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        if (!f.confidentiality) return;
        const details = f.confidentiality;
        const at = (recipients: (typeof RECIPIENTS)[number]) =>
          ORDER[assessBreach({ ...f, confidentiality: { ...details, recipients } }).riskLevel];
        expect(at("known_untrusted")).toBeGreaterThanOrEqual(at("known_trusted"));
        expect(at("unknown")).toBeGreaterThanOrEqual(at("known_untrusted"));
        expect(at("public")).toBe(at("unknown"));
      }),
    );
  });

  it("every reason is explained and cites its basis", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        for (const reason of assessBreach(f).reasons) {
          expect(["raises", "lowers", "neutral"]).toContain(reason.effect);
          expect(reason.factor).toMatch(/^[a-z0-9_]+$/);
          expect(reason.explanation.length).toBeGreaterThan(10);
          expect(reason.basis.length).toBeGreaterThan(5);
        }
      }),
    );
  });
});
