import { describe, expect, it } from "vitest";
import { assessBreach, enisaSeverity, severityBand } from "@/lib/domain/risk";
import { facts } from "./facts-builder";

/** Expected scores are computed by hand from SE = DPC x EI + CB with the levels documented in the module. */
describe("ENISA severity bands", () => {
  it.each([
    [0, "low"],
    [1.99, "low"],
    [2, "medium"],
    [2.99, "medium"],
    [3, "high"],
    [3.99, "high"],
    [4, "very_high"],
    [6, "very_high"],
  ] as const)("score %s is %s", (score, band) => {
    expect(severityBand(score)).toBe(band);
  });
});

describe("ENISA severity score", () => {
  it("is exactly 2 (medium) for a name exposed publicly by an attacker: 1 x 1 + 0.5 + 0.5", () => {
    const severity = enisaSeverity(facts({ cause: "malicious", confidentiality: { recipients: "public", exfiltration: "confirmed" } }));
    expect(severity.score).toBe(2);
    expect(severity.band).toBe("medium");
    expect(severity.components.dataProcessingContext.value).toBe(1);
    expect(severity.components.easeOfIdentification.value).toBe(1);
    expect(severity.components.circumstances).toMatchObject({ value: 1, confidentiality: 0.5, maliciousIntent: 0.5 });
  });

  it("is exactly 3 (high) for behavioural data in the same circumstances: 2 x 1 + 1", () => {
    const severity = enisaSeverity(
      facts({
        cause: "malicious",
        dataCategories: ["identification", "behavioural"],
        confidentiality: { recipients: "unknown", exfiltration: "confirmed" },
      }),
    );
    expect(severity.score).toBe(3);
    expect(severity.band).toBe("high");
  });

  it("is exactly 4 (very high) for financial data in the same circumstances: 3 x 1 + 1", () => {
    const severity = enisaSeverity(
      facts({
        cause: "malicious",
        dataCategories: ["financial"],
        confidentiality: { recipients: "public", exfiltration: "unknown" },
      }),
    );
    expect(severity.score).toBe(4);
    expect(severity.band).toBe("very_high");
  });

  it("just under a boundary stays in the lower band: 3 x 0.75 + 0.25 = 2.5 medium", () => {
    const severity = enisaSeverity(facts({ dataCategories: ["official_id"], identifiability: "indirect" }));
    expect(severity.score).toBe(2.5);
    expect(severity.band).toBe("medium");
  });

  it("rounds without float noise: (1 + 1 patients + 0.5 children) x 0.75 + 0.25 = 2.125 -> 2.13", () => {
    const severity = enisaSeverity(facts({ identifiability: "indirect", subjects: { count: 3, categories: ["patients", "children"] } }));
    expect(severity.components.dataProcessingContext.value).toBe(2.5);
    expect(severity.score).toBe(2.13);
    expect(String(severity.score)).toBe("2.13");
  });

  it("places credentials, official ids, communications and location with a stated reason", () => {
    const base = (category: "credentials" | "official_id" | "communications" | "location") =>
      enisaSeverity(facts({ dataCategories: [category] })).components.dataProcessingContext;
    expect(base("credentials").base).toBe(3);
    expect(base("official_id").base).toBe(3);
    expect(base("communications").base).toBe(2);
    expect(base("location").base).toBe(2);
    expect(base("location").reasons[0]?.explanation).toMatch(/location/i);
  });

  it("caps DPC at 4 for special data of many children", () => {
    const severity = enisaSeverity(facts({ dataCategories: ["health"], subjects: { count: 5000, categories: ["children"] } }));
    expect(severity.components.dataProcessingContext.base).toBe(4);
    expect(severity.components.dataProcessingContext.value).toBe(4);
    expect(severity.score).toBe(4.25);
  });

  it("lowers DPC to 1 when strong encryption makes a disclosure-only breach unreadable", () => {
    const severity = enisaSeverity(
      facts({ dataCategories: ["health"], encryption: "state_of_the_art", subjects: { count: 10, categories: ["patients"] } }),
    );
    expect(severity.components.dataProcessingContext.value).toBe(1);
    expect(severity.components.dataProcessingContext.reasons.map((r) => r.factor)).toContain("state_of_the_art_encryption");
    expect(severity.score).toBe(1.25);
  });

  it("counts pseudonymised data as negligible ease of identification: 4 x 0.25 + 0.5 = 1.5 low", () => {
    const severity = enisaSeverity(
      facts({
        dataCategories: ["health"],
        identifiability: "pseudonymised",
        confidentiality: { recipients: "public", exfiltration: "unknown" },
      }),
    );
    expect(severity.components.easeOfIdentification.value).toBe(0.25);
    expect(severity.score).toBe(1.5);
    expect(severity.band).toBe("low");
  });

  it("adds up to 2 for the worst circumstances of all three breach types with malice", () => {
    const severity = enisaSeverity(
      facts({
        breachTypes: ["confidentiality", "integrity", "availability"],
        cause: "malicious",
        confidentiality: { recipients: "public", exfiltration: "confirmed" },
        integrity: { recoverable: false },
        availability: { backup: false, restoredWithinHours: null, permanentLoss: true },
      }),
    );
    expect(severity.components.circumstances).toMatchObject({
      confidentiality: 0.5,
      integrity: 0.5,
      availability: 0.5,
      maliciousIntent: 0.5,
      value: 2,
    });
    expect(severity.score).toBe(3);
  });

  it.each([
    [{ backup: true, restoredWithinHours: 3, permanentLoss: false }, 0],
    [{ backup: true, restoredWithinHours: 24, permanentLoss: false }, 0],
    [{ backup: true, restoredWithinHours: 25, permanentLoss: false }, 0.25],
    [{ backup: false, restoredWithinHours: null, permanentLoss: false }, 0.25],
    [{ backup: false, restoredWithinHours: null, permanentLoss: true }, 0.5],
  ])("scores loss of availability %o as %s", (availability, expected) => {
    const severity = enisaSeverity(facts({ breachTypes: ["availability"], confidentiality: null, availability }));
    expect(severity.components.circumstances.availability).toBe(expected);
  });

  it("scores a recoverable alteration 0.25 and an unrecoverable one 0.5", () => {
    const altered = (recoverable: boolean) =>
      enisaSeverity(facts({ breachTypes: ["integrity"], confidentiality: null, integrity: { recoverable } })).components.circumstances
        .integrity;
    expect(altered(true)).toBe(0.25);
    expect(altered(false)).toBe(0.5);
  });

  it("counts proof that nobody saw or copied the data as no loss of confidentiality", () => {
    const severity = enisaSeverity(facts({ confidentiality: { recipients: "public", exfiltration: "ruled_out", access: "ruled_out" } }));
    expect(severity.components.circumstances.confidentiality).toBe(0);
  });

  it("still counts the exposure when nothing was copied but someone may have seen it (access is disclosure)", () => {
    for (const access of ["confirmed", "unknown", undefined] as const) {
      const severity = enisaSeverity(facts({ confidentiality: { recipients: "public", exfiltration: "ruled_out", access } }));
      expect(severity.components.circumstances.confidentiality, String(access)).toBe(0.5);
    }
  });

  it("counts a known recipient bound to confidentiality who acted on purpose as untrusted", () => {
    const severity = enisaSeverity(
      facts({ cause: "malicious", confidentiality: { recipients: "known_trusted", exfiltration: "ruled_out", access: "confirmed" } }),
    );
    expect(severity.components.circumstances.confidentiality).toBe(0.25);
  });

  it("scores empty data categories as simple data and says so", () => {
    const severity = enisaSeverity(facts({ dataCategories: [] }));
    expect(severity.components.dataProcessingContext.value).toBe(1);
    expect(severity.components.dataProcessingContext.reasons.map((r) => r.factor)).toContain("data_categories_unknown");
    expect(severity.score).toBe(1.25);
  });

  it("is part of the assessment with the contract's score and band", () => {
    const { severity } = assessBreach(facts());
    expect(severity.score).toBe(1.25);
    expect(severity.band).toBe("low");
  });
});
