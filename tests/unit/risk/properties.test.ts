import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assessBreach, type RiskLevel } from "@/lib/domain/risk";
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
    scope: fc.option(fc.constantFrom(...SCOPES), { nil: undefined, freq: 2 }),
    confidentiality: fc.record(
      {
        recipients: fc.constantFrom(...RECIPIENTS),
        exfiltration: fc.constantFrom(...EXFILTRATION),
        access: fc.constantFrom(...ACCESS),
        recipientCouldHarm: fc.boolean(),
      },
      { requiredKeys: ["recipients", "exfiltration"] },
    ),
    availability: fc.record(
      {
        backup: fc.boolean(),
        restoredWithinHours: fc.option(fc.integer({ min: 0, max: 2000 }), { nil: null }),
        permanentLoss: fc.boolean(),
        careDisrupted: fc.option(fc.boolean(), { nil: null }),
      },
      { requiredKeys: ["backup", "restoredWithinHours", "permanentLoss"] },
    ),
    integrity: fc.record({ recoverable: fc.boolean(), usedBeforeCorrection: fc.boolean() }, { requiredKeys: ["recoverable"] }),
    mitigation: fc.record({
      dataRetrievedOrDeleted: fc.boolean(),
      highRiskNoLongerLikely: fc.boolean(),
      individualContactDisproportionate: fc.boolean(),
    }),
  })
  .map(({ scope, ...f }) => ({
    ...f,
    ...(scope ? { scope } : {}),
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
        expect(a.notifyController).toBe(f.role === "processor" && !a.outOfScope);
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

  const level = (f: BreachFacts) => ORDER[assessBreach(f).riskLevel];
  const inScope = (f: BreachFacts): BreachFacts => ({ ...f, scope: "personal_data" });

  it("confirming that someone saw the data never lowers the level; ruling it out never raises it", () => {
    fc.assert(
      fc.property(arbitraryFacts, (raw) => {
        const f = inScope(raw);
        if (!f.confidentiality) return;
        const at = (access: (typeof ACCESS)[number] | undefined) => level({ ...f, confidentiality: { ...f.confidentiality!, access } });
        expect(at("confirmed")).toBeGreaterThanOrEqual(at("unknown"));
        expect(at("unknown")).toBeGreaterThanOrEqual(at("ruled_out"));
        expect(at(undefined)).toBe(at("unknown"));
      }),
    );
  });

  it("a vulnerable category never weighs less than adult patients", () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.constantFrom("children" as const, "vulnerable_adults" as const), (raw, vulnerable) => {
        const f = inScope(raw);
        const others = f.subjects.categories.filter((c) => c !== "patients" && c !== vulnerable);
        const patients = level({ ...f, subjects: { ...f.subjects, categories: [...others, "patients"] } });
        expect(level({ ...f, subjects: { ...f.subjects, categories: [...others, vulnerable] } })).toBeGreaterThanOrEqual(patients);
        expect(level({ ...f, subjects: { ...f.subjects, categories: [...others, "patients", vulnerable] } })).toBeGreaterThanOrEqual(
          patients,
        );
      }),
    );
  });

  it("altered data acted on before correction never lowers the level", () => {
    fc.assert(
      fc.property(arbitraryFacts, (raw) => {
        const f = inScope(raw);
        if (!f.integrity) return;
        const at = (usedBeforeCorrection: boolean | undefined) => level({ ...f, integrity: { ...f.integrity!, usedBeforeCorrection } });
        expect(at(true)).toBeGreaterThanOrEqual(at(false));
        expect(at(true)).toBeGreaterThanOrEqual(at(undefined));
      }),
    );
  });

  it("care disrupted never lowers the level: known not disrupted <= not known <= disrupted", () => {
    fc.assert(
      fc.property(arbitraryFacts, (raw) => {
        const f = inScope(raw);
        if (!f.availability) return;
        const at = (careDisrupted: boolean | null | undefined) => level({ ...f, availability: { ...f.availability!, careDisrupted } });
        expect(at(null)).toBe(at(undefined));
        expect(at(null)).toBeGreaterThanOrEqual(at(false));
        expect(at(true)).toBeGreaterThanOrEqual(at(null));
      }),
    );
  });

  it("a reader who could harm the people never lowers the level", () => {
    fc.assert(
      fc.property(arbitraryFacts, (raw) => {
        const f = inScope(raw);
        if (!f.confidentiality) return;
        const at = (recipientCouldHarm: boolean) => level({ ...f, confidentiality: { ...f.confidentiality!, recipientCouldHarm } });
        expect(at(true)).toBeGreaterThanOrEqual(at(false));
      }),
    );
  });

  it("a recipient acting on purpose is never treated as trusted", () => {
    fc.assert(
      fc.property(arbitraryFacts, (raw) => {
        const f = inScope(raw);
        if (!f.confidentiality || f.confidentiality.recipients !== "known_trusted") return;
        const factors = assessBreach({ ...f, cause: "malicious" }).reasons.map((r) => r.factor);
        expect(factors).not.toContain("trusted_recipient_deleted");
      }),
    );
  });

  it("no living person's data means nothing to notify, for anyone; mixed data stays in scope", () => {
    fc.assert(
      fc.property(arbitraryFacts, fc.constantFrom("deceased_only" as const, "no_personal_data" as const), (f, scope) => {
        const a = assessBreach({ ...f, scope });
        expect(a).toMatchObject({
          riskLevel: "none",
          notifyAuthority: false,
          communicateSubjects: false,
          notifyController: false,
          exemptions: [],
          outOfScope: scope,
        });
        expect(a.reasons.map((r) => r.factor)).toContain("not_personal_data_breach");
        expect(assessBreach({ ...f, scope: "personal_data" })).toEqual(assessBreach({ ...f, scope: undefined }));
      }),
    );
  });

  it("a markedly different ENISA band is always explained", () => {
    fc.assert(
      fc.property(arbitraryFacts, (f) => {
        const a = assessBreach(f);
        const marked =
          (a.riskLevel === "none" && ["high", "very_high"].includes(a.severity.band)) ||
          (a.riskLevel === "high" && a.severity.band === "low");
        expect(a.reasons.some((r) => r.factor === "severity_differs_from_level")).toBe(marked);
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
