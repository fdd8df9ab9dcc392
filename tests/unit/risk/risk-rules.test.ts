import { describe, expect, it } from "vitest";
import { assessBreach, type Assessment } from "@/lib/domain/risk";
import type { BreachFacts } from "@/lib/schemas/breach-facts";
import { facts } from "./facts-builder";

const health = (overrides: Partial<BreachFacts> = {}) =>
  facts({ dataCategories: ["identification", "health"], subjects: { count: 20, categories: ["patients"] }, ...overrides });

const factorsOf = (a: Assessment, effect?: "raises" | "lowers" | "neutral") =>
  a.reasons.filter((r) => !effect || r.effect === effect).map((r) => r.factor);

describe("risk level: confidentiality", () => {
  it("a disclosure of health data is high risk", () => {
    const a = assessBreach(health({ confidentiality: { recipients: "unknown", exfiltration: "unknown" } }));
    expect(a.riskLevel).toBe("high");
    expect(factorsOf(a, "raises")).toContain("special_category_data");
    expect(a.reasons.find((r) => r.factor === "special_category_data")?.basis).toBe("GDPR Art. 9(1)");
  });

  it("criminal data cites Art. 10", () => {
    const a = assessBreach(facts({ dataCategories: ["criminal"] }));
    expect(a.reasons.find((r) => r.factor === "special_category_data")?.basis).toBe("GDPR Art. 10");
    expect(a.riskLevel).toBe("high");
  });

  it("strong encryption with a safe key makes a disclosure-only breach not notifiable", () => {
    const a = assessBreach(health({ encryption: "state_of_the_art", confidentiality: { recipients: "public", exfiltration: "confirmed" } }));
    expect(a).toMatchObject({ riskLevel: "none", notifyAuthority: false, communicateSubjects: false });
    expect(a.exemptions).toEqual(["art34_3_a"]);
  });

  it("weak encryption counts as none", () => {
    const weak = assessBreach(health({ encryption: "weak", confidentiality: { recipients: "unknown", exfiltration: "unknown" } }));
    expect(weak.riskLevel).toBe("high");
    expect(factorsOf(weak)).toContain("weak_or_compromised_encryption");
  });

  it("a trusted recipient who confirmed deletion leaves no risk, even for health data", () => {
    const a = assessBreach(health({ confidentiality: { recipients: "known_trusted", exfiltration: "unknown" } }));
    expect(a.riskLevel).toBe("none");
    expect(a.exemptions).toEqual([]);
  });

  it("ordinary data to one known person is a risk, and none once retrieved", () => {
    expect(assessBreach(facts()).riskLevel).toBe("risk");
    const retrieved = assessBreach(
      facts({ mitigation: { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: false, individualContactDisproportionate: false } }),
    );
    expect(retrieved.riskLevel).toBe("none");
    expect(factorsOf(retrieved, "lowers")).toContain("data_retrieved_or_deleted");
  });

  it("retrieval does not lower the risk when unknown people had the data", () => {
    const a = assessBreach(
      health({
        confidentiality: { recipients: "public", exfiltration: "unknown" },
        mitigation: { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
      }),
    );
    expect(a.riskLevel).toBe("high");
    expect(a.reasons.find((r) => r.factor === "data_retrieved_or_deleted")?.effect).toBe("neutral");
  });

  it("children raise an exposure of ordinary data to strangers to high", () => {
    const base = { confidentiality: { recipients: "unknown" as const, exfiltration: "unknown" as const } };
    expect(assessBreach(facts(base)).riskLevel).toBe("risk");
    const children = assessBreach(facts({ ...base, subjects: { count: 5, categories: ["children"] } }));
    expect(children.riskLevel).toBe("high");
    expect(factorsOf(children, "raises")).toContain("vulnerable_subjects");
  });

  it("volume raises an exposure of ordinary data to strangers to high from 1000 people", () => {
    const exposed = (count: number) =>
      assessBreach(facts({ subjects: { count, categories: ["customers"] }, confidentiality: { recipients: "public", exfiltration: "unknown" } }));
    expect(exposed(999).riskLevel).toBe("risk");
    expect(exposed(1000).riskLevel).toBe("high");
    expect(factorsOf(exposed(1000), "raises")).toContain("large_scale");
  });

  it("zero people counted does not by itself lower the level", () => {
    const a = assessBreach(health({ subjects: { count: 0, categories: [] }, confidentiality: { recipients: "public", exfiltration: "unknown" } }));
    expect(a.riskLevel).toBe("high");
    expect(factorsOf(a)).toContain("no_subjects_counted");
    expect(factorsOf(a)).not.toContain("large_scale");
  });

  it("no data categories recorded is treated as ordinary data and flagged", () => {
    const a = assessBreach(facts({ dataCategories: [] }));
    expect(a.riskLevel).toBe("risk");
    expect(factorsOf(a)).toContain("data_categories_unknown");
  });

  it("pseudonymised data lowers the level by one step", () => {
    const a = assessBreach(health({ identifiability: "pseudonymised", confidentiality: { recipients: "public", exfiltration: "unknown" } }));
    expect(a.riskLevel).toBe("risk");
    expect(factorsOf(a, "lowers")).toContain("pseudonymised_data");
  });
});

describe("risk level: availability and integrity", () => {
  const outage = (hours: number | null, extra: Partial<BreachFacts> = {}, permanentLoss = false) =>
    assessBreach(
      facts({
        breachTypes: ["availability"],
        confidentiality: null,
        availability: { backup: hours !== null, restoredWithinHours: hours, permanentLoss },
        ...extra,
      }),
    );

  it("ordinary data restored from backup within a day: no risk", () => {
    expect(outage(3).riskLevel).toBe("none");
    expect(outage(24).riskLevel).toBe("none");
  });

  it("ordinary data out of reach longer, or lost: a risk", () => {
    expect(outage(25).riskLevel).toBe("risk");
    expect(outage(null, {}, true).riskLevel).toBe("risk");
  });

  it("patients' health records: a short outage is a risk, a long one or a loss is high", () => {
    const patients = { dataCategories: ["health" as const], subjects: { count: 500, categories: ["patients" as const] } };
    expect(outage(3, patients).riskLevel).toBe("risk");
    expect(outage(48, patients).riskLevel).toBe("high");
    expect(outage(null, patients, true).riskLevel).toBe("high");
    expect(factorsOf(outage(3, patients), "raises")).toContain("care_depends_on_records");
  });

  it("altered health records: a risk if recoverable, high if not", () => {
    const altered = (recoverable: boolean) =>
      assessBreach(health({ breachTypes: ["integrity"], confidentiality: null, integrity: { recoverable } })).riskLevel;
    expect(altered(true)).toBe("risk");
    expect(altered(false)).toBe("high");
  });

  it("altered ordinary data: none if recoverable, a risk if not", () => {
    const altered = (recoverable: boolean) =>
      assessBreach(facts({ breachTypes: ["integrity"], confidentiality: null, integrity: { recoverable } })).riskLevel;
    expect(altered(true)).toBe("none");
    expect(altered(false)).toBe("risk");
  });

  it("the worst breach type sets the level", () => {
    const a = assessBreach(
      health({
        breachTypes: ["confidentiality", "availability"],
        encryption: "state_of_the_art",
        confidentiality: { recipients: "unknown", exfiltration: "confirmed" },
        availability: { backup: false, restoredWithinHours: null, permanentLoss: true },
      }),
    );
    expect(a.riskLevel).toBe("high");
    // encryption keeps the content secret but does not excuse telling patients their records are gone
    expect(a.exemptions).toEqual([]);
    expect(a.communicateSubjects).toBe(true);
  });
});

describe("obligations", () => {
  const mitigation = (m: Partial<BreachFacts["mitigation"]>) => ({
    dataRetrievedOrDeleted: false,
    highRiskNoLongerLikely: false,
    individualContactDisproportionate: false,
    ...m,
  });
  const highRisk = (m: Partial<BreachFacts["mitigation"]> = {}) =>
    assessBreach(health({ confidentiality: { recipients: "unknown", exfiltration: "confirmed" }, mitigation: mitigation(m) }));

  it("high risk without exemption: notify the authority and tell the people", () => {
    expect(highRisk()).toMatchObject({
      notifyAuthority: true,
      communicateSubjects: true,
      publicCommunicationInstead: false,
      exemptions: [],
    });
  });

  it("Art. 34(3)(b): subsequent measures spare the message, not the notification", () => {
    expect(highRisk({ highRiskNoLongerLikely: true })).toMatchObject({
      riskLevel: "high",
      notifyAuthority: true,
      communicateSubjects: false,
      publicCommunicationInstead: false,
      exemptions: ["art34_3_b"],
    });
  });

  it("Art. 34(3)(c): disproportionate effort means a public communication instead", () => {
    expect(highRisk({ individualContactDisproportionate: true })).toMatchObject({
      notifyAuthority: true,
      communicateSubjects: false,
      publicCommunicationInstead: true,
      exemptions: ["art34_3_c"],
    });
  });

  it("(c) is not listed when (b) already spares the message", () => {
    const a = highRisk({ highRiskNoLongerLikely: true, individualContactDisproportionate: true });
    expect(a.exemptions).toEqual(["art34_3_b"]);
    expect(a.publicCommunicationInstead).toBe(false);
  });

  it("(b) and (c) are not listed below high risk", () => {
    const a = assessBreach(facts({ mitigation: mitigation({ highRiskNoLongerLikely: true, individualContactDisproportionate: true }) }));
    expect(a.riskLevel).toBe("risk");
    expect(a.exemptions).toEqual([]);
    expect(a.publicCommunicationInstead).toBe(false);
    expect(a.notifyAuthority).toBe(true);
  });

  it("(a) is not listed when the encrypted data would not have been high risk anyway", () => {
    const a = assessBreach(facts({ encryption: "state_of_the_art" }));
    expect(a.riskLevel).toBe("none");
    expect(a.exemptions).toEqual([]);
  });

  it("a processor tells its controller", () => {
    expect(assessBreach(facts({ role: "processor" })).notifyController).toBe(true);
    expect(assessBreach(facts()).notifyController).toBe(false);
    expect(factorsOf(assessBreach(facts({ role: "processor" })))).toContain("processor_role");
  });
});

describe("assessment shape", () => {
  it("has exactly the contract's fields (plus notifyController) and survives JSON", () => {
    const a = assessBreach(health());
    expect(Object.keys(a).sort()).toEqual(
      ["communicateSubjects", "exemptions", "notifyAuthority", "notifyController", "publicCommunicationInstead", "reasons", "riskLevel", "severity"].sort(),
    );
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    for (const reason of a.reasons) {
      expect(Object.keys(reason).sort()).toEqual(["basis", "effect", "explanation", "factor"]);
      expect(reason.explanation.length).toBeGreaterThan(10);
      expect(reason.basis).toMatch(/GDPR|EDPB|ENISA/);
    }
  });

  it("does not change the facts it is given", () => {
    const input = health({ mitigation: { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: true, individualContactDisproportionate: true } });
    const copy = structuredClone(input);
    assessBreach(input);
    expect(input).toEqual(copy);
  });
});
