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
    const a = assessBreach(
      health({ encryption: "state_of_the_art", confidentiality: { recipients: "public", exfiltration: "confirmed" } }),
    );
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
      assessBreach(
        facts({ subjects: { count, categories: ["customers"] }, confidentiality: { recipients: "public", exfiltration: "unknown" } }),
      );
    expect(exposed(999).riskLevel).toBe("risk");
    expect(exposed(1000).riskLevel).toBe("high");
    expect(factorsOf(exposed(1000), "raises")).toContain("large_scale");
  });

  it("zero people counted does not by itself lower the level", () => {
    const a = assessBreach(
      health({ subjects: { count: 0, categories: [] }, confidentiality: { recipients: "public", exfiltration: "unknown" } }),
    );
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
    const a = assessBreach(
      health({ identifiability: "pseudonymised", confidentiality: { recipients: "public", exfiltration: "unknown" } }),
    );
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
  it("has exactly the contract's fields (plus notifyController and duties) and survives JSON", () => {
    const a = assessBreach(health());
    expect(Object.keys(a).sort()).toEqual(
      [
        "communicateSubjects",
        "duties",
        "exemptions",
        "notifyAuthority",
        "notifyController",
        "publicCommunicationInstead",
        "reasons",
        "riskLevel",
        "severity",
      ].sort(),
    );
    expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    for (const reason of a.reasons) {
      expect(Object.keys(reason).sort()).toEqual(["basis", "effect", "explanation", "factor"]);
      expect(reason.explanation.length).toBeGreaterThan(10);
      expect(reason.basis).toMatch(/GDPR|EDPB|ENISA/);
    }
  });

  it("does not change the facts it is given", () => {
    const input = health({
      mitigation: { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: true, individualContactDisproportionate: true },
    });
    const copy = structuredClone(input);
    assessBreach(input);
    expect(input).toEqual(copy);
  });
});

describe("seen is not copied (access is disclosure, Art. 4(12))", () => {
  const snooping = (access?: "confirmed" | "unknown" | "ruled_out") =>
    assessBreach(
      health({
        cause: "malicious",
        subjects: { count: 1, categories: ["patients"] },
        confidentiality: { recipients: "known_trusted", exfiltration: "ruled_out", ...(access ? { access } : {}) },
      }),
    );

  it("a colleague opening a patient's file out of curiosity, nothing copied, is high risk", () => {
    const a = snooping("confirmed");
    expect(a.riskLevel).toBe("high");
    expect(factorsOf(a, "raises")).toEqual(expect.arrayContaining(["access_confirmed", "recipient_not_trusted"]));
    expect(factorsOf(a)).not.toContain("trusted_recipient_deleted");
  });

  it("nothing copied no longer means no risk unless nobody saw it either", () => {
    const exposed = (access?: "confirmed" | "unknown" | "ruled_out") =>
      assessBreach(health({ confidentiality: { recipients: "unknown", exfiltration: "ruled_out", ...(access ? { access } : {}) } }));
    expect(exposed("ruled_out").riskLevel).toBe("none");
    expect(exposed("confirmed").riskLevel).toBe("high");
    expect(exposed("unknown").riskLevel).toBe("high");
  });

  it("reads an absent access as not known: cautious, and says what to record", () => {
    const a = assessBreach(health({ confidentiality: { recipients: "unknown", exfiltration: "ruled_out" } }));
    expect(a.riskLevel).toBe("high");
    const reason = a.reasons.find((r) => r.factor === "access_not_ruled_out");
    expect(reason?.effect).toBe("raises");
    expect(reason?.explanation).toMatch(/record it/);
    expect(reason?.basis).toBe("GDPR Art. 4(12)");
  });

  it("a trusted recipient acting in good faith still leaves no risk (EDPB 01/2021 Case No. 09)", () => {
    const a = assessBreach(health({ confidentiality: { recipients: "known_trusted", exfiltration: "unknown", access: "confirmed" } }));
    expect(a.riskLevel).toBe("none");
  });

  it("a recipient acting on purpose is never trusted", () => {
    const a = assessBreach(facts({ cause: "malicious", confidentiality: { recipients: "known_trusted", exfiltration: "unknown" } }));
    expect(a.riskLevel).toBe("risk");
    expect(factorsOf(a, "raises")).toContain("recipient_not_trusted");
  });
});

describe("deletion after reading, and readers who could harm (Recital 85)", () => {
  const retrieved = { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: false, individualContactDisproportionate: false };
  const returned = (access?: "confirmed" | "unknown" | "ruled_out", overrides: Partial<BreachFacts> = {}) =>
    assessBreach(
      health({
        mitigation: retrieved,
        confidentiality: { recipients: "known_untrusted", exfiltration: "unknown", ...(access ? { access } : {}) },
        ...overrides,
      }),
    );

  it("health data read and then deleted stays high; returned unread it is one step lower", () => {
    expect(returned("confirmed").riskLevel).toBe("high");
    expect(returned("confirmed").reasons.find((r) => r.factor === "data_retrieved_or_deleted")?.effect).toBe("neutral");
    expect(returned(undefined).riskLevel).toBe("high");
    expect(returned("ruled_out").riskLevel).toBe("risk");
    expect(returned("ruled_out").reasons.find((r) => r.factor === "data_retrieved_or_deleted")?.effect).toBe("lowers");
  });

  it("a patient list read and then deleted is not lowered: being a patient reveals health", () => {
    const a = assessBreach(
      facts({
        subjects: { count: 30, categories: ["patients"] },
        mitigation: retrieved,
        confidentiality: { recipients: "known_untrusted", exfiltration: "unknown", access: "confirmed" },
      }),
    );
    expect(a.riskLevel).toBe("risk");
  });

  it("ordinary details seen in good faith and returned still lower the risk (EDPB 01/2021 Case No. 13)", () => {
    const a = assessBreach(
      facts({ mitigation: retrieved, confidentiality: { recipients: "known_untrusted", exfiltration: "unknown", access: "confirmed" } }),
    );
    expect(a.riskLevel).toBe("none");
  });

  it("a reader who knows the people and could harm them makes health data high, even if bound to confidentiality", () => {
    const a = assessBreach(
      health({ confidentiality: { recipients: "known_trusted", exfiltration: "unknown", access: "confirmed", recipientCouldHarm: true } }),
    );
    expect(a.riskLevel).toBe("high");
    expect(a.reasons.find((r) => r.factor === "recipient_could_harm")?.basis).toBe("GDPR Recital 85");
  });

  it("a reader who could harm does not matter when nobody saw the data", () => {
    const a = returned("ruled_out", {
      confidentiality: { recipients: "known_untrusted", exfiltration: "unknown", access: "ruled_out", recipientCouldHarm: true },
    });
    expect(a.riskLevel).toBe("risk");
    expect(factorsOf(a)).not.toContain("recipient_could_harm");
  });
});

describe("children and vulnerable adults weigh at least as much as patients (Recitals 38, 75)", () => {
  const lost = (
    categories: BreachFacts["subjects"]["categories"],
    dataCategories: BreachFacts["dataCategories"] = ["identification", "health"],
  ) =>
    assessBreach(
      facts({
        breachTypes: ["availability"],
        confidentiality: null,
        dataCategories,
        subjects: { count: 40, categories },
        availability: { backup: false, restoredWithinHours: null, permanentLoss: true },
      }),
    );

  it("children's health records lost for good are high risk, as patients' are", () => {
    expect(lost(["patients"]).riskLevel).toBe("high");
    expect(lost(["children"]).riskLevel).toBe("high");
    expect(lost(["vulnerable_adults"]).riskLevel).toBe("high");
    expect(lost(["employees"]).riskLevel).toBe("risk");
  });

  it("medical images count as health records for care", () => {
    expect(lost(["children"], ["identification", "medical_images"]).riskLevel).toBe("high");
  });

  it("altered children's records, recoverable, are a risk like patients' (not none)", () => {
    const altered = (categories: BreachFacts["subjects"]["categories"]) =>
      assessBreach(
        facts({
          breachTypes: ["integrity"],
          confidentiality: null,
          dataCategories: ["identification", "health"],
          subjects: { count: 5, categories },
          integrity: { recoverable: true },
        }),
      ).riskLevel;
    expect(altered(["children"])).toBe(altered(["patients"]));
  });

  it("a children's list in the practice's care says something about their health, as a patients' list does", () => {
    const a = assessBreach(facts({ subjects: { count: 5, categories: ["children"] } }));
    expect(factorsOf(a, "raises")).toContain("patient_relationship_inferable");
  });
});

describe("altered data acted on (usedBeforeCorrection)", () => {
  const altered = (usedBeforeCorrection: boolean | undefined, overrides: Partial<BreachFacts> = {}) =>
    assessBreach(
      facts({
        breachTypes: ["integrity"],
        confidentiality: null,
        dataCategories: ["identification", "health"],
        subjects: { count: 3, categories: ["patients"] },
        integrity: { recoverable: true, ...(usedBeforeCorrection === undefined ? {} : { usedBeforeCorrection }) },
        ...overrides,
      }),
    );

  it("treatment given on altered results is high risk even though the right value is recoverable", () => {
    expect(altered(undefined).riskLevel).toBe("risk");
    expect(altered(false).riskLevel).toBe("risk");
    const used = altered(true);
    expect(used.riskLevel).toBe("high");
    expect(used.reasons.find((r) => r.factor === "used_before_correction")).toMatchObject({ effect: "raises", basis: "GDPR Recital 75" });
  });

  it("asks for the fact while it is not recorded", () => {
    expect(factorsOf(altered(undefined))).toContain("use_before_correction_unknown");
    expect(factorsOf(altered(false))).not.toContain("use_before_correction_unknown");
  });

  it("ordinary altered data acted on rises one step", () => {
    const ordinary = { dataCategories: ["identification" as const], subjects: { count: 3, categories: ["customers" as const] } };
    expect(altered(false, ordinary).riskLevel).toBe("none");
    expect(altered(true, ordinary).riskLevel).toBe("risk");
  });
});

describe("out of scope: no living person's data (Recital 27)", () => {
  it.each(["deceased_only", "no_personal_data"] as const)("%s is not a personal-data breach: nothing to notify, for anyone", (scope) => {
    const a = assessBreach(health({ scope, role: "processor", confidentiality: { recipients: "public", exfiltration: "confirmed" } }));
    expect(a).toMatchObject({
      riskLevel: "none",
      notifyAuthority: false,
      communicateSubjects: false,
      publicCommunicationInstead: false,
      notifyController: false,
      exemptions: [],
      outOfScope: scope,
    });
    const reason = a.reasons.find((r) => r.factor === "not_personal_data_breach");
    expect(reason?.basis).toMatch(/GDPR Art. 4\(1\)/);
    expect(factorsOf(a)).not.toContain("notify_authority");
  });

  it("mixed data with some living people stays in scope", () => {
    const a = assessBreach(health({ scope: "personal_data", confidentiality: { recipients: "public", exfiltration: "confirmed" } }));
    expect(a.riskLevel).toBe("high");
    expect(a.outOfScope).toBeUndefined();
  });
});

describe("availability: whether care was disrupted (EDPB 01/2021 Cases No. 01, 03, 10)", () => {
  const outage = (hours: number | null, careDisrupted: boolean | null | undefined, permanentLoss = false) =>
    assessBreach(
      health({
        breachTypes: ["availability"],
        confidentiality: null,
        availability: {
          backup: true,
          restoredWithinHours: hours,
          permanentLoss,
          ...(careDisrupted === undefined ? {} : { careDisrupted }),
        },
      }),
    );

  it("records back within hours and no care disrupted: no risk", () => {
    expect(outage(4, false).riskLevel).toBe("none");
  });

  it("not known: today's cautious answer, saying it assumes care could be delayed and asking for the fact", () => {
    for (const unknown of [undefined, null]) {
      const a = outage(4, unknown);
      expect(a.riskLevel).toBe("risk");
      expect(a.reasons.find((r) => r.factor === "care_depends_on_records")?.explanation).toMatch(
        /assumes care could have been delayed.*Record whether care was disrupted/,
      );
      expect(a.reasons.find((r) => r.factor === "quick_restore_from_backup")?.explanation).not.toMatch(/could affect anyone/);
    }
  });

  it("care disrupted raises to high, even after a quick restore", () => {
    const a = outage(4, true);
    expect(a.riskLevel).toBe("high");
    expect(factorsOf(a, "raises")).toContain("care_disrupted");
  });

  it("a longer outage without disruption is a risk, not high; a permanent loss stays high", () => {
    expect(outage(72, false).riskLevel).toBe("risk");
    expect(outage(null, false, true).riskLevel).toBe("high");
  });

  it("a stolen laptop, strongly encrypted, restored from backup with no care disrupted: no notification", () => {
    const a = assessBreach(
      health({
        breachTypes: ["confidentiality", "availability"],
        encryption: "state_of_the_art",
        confidentiality: { recipients: "unknown", exfiltration: "unknown" },
        availability: { backup: true, restoredWithinHours: 3, permanentLoss: false, careDisrupted: false },
      }),
    );
    expect(a).toMatchObject({ riskLevel: "none", notifyAuthority: false });
  });

  it("care disrupted for ordinary data raises one step", () => {
    const a = assessBreach(
      facts({
        breachTypes: ["availability"],
        confidentiality: null,
        subjects: { count: 300, categories: ["patients"] },
        availability: { backup: true, restoredWithinHours: 2, permanentLoss: false, careDisrupted: true },
      }),
    );
    expect(a.riskLevel).toBe("risk");
  });
});

describe("ENISA band beside the EDPB level", () => {
  const note = (a: Assessment) => a.reasons.find((r) => r.factor === "severity_differs_from_level");

  it("explains a very high band beside no risk by what decided the level", () => {
    const a = assessBreach(
      health({
        subjects: { count: 5000, categories: ["patients", "children"] },
        confidentiality: { recipients: "known_trusted", exfiltration: "unknown" },
      }),
    );
    expect(a.riskLevel).toBe("none");
    expect(a.severity.band).toBe("very_high");
    expect(note(a)?.explanation).toMatch(/bound to confidentiality/);
    expect(note(a)?.basis).toMatch(/ENISA/);
  });

  it("names encryption when strong encryption decides (ENISA weighs the data as if readable)", () => {
    const a = assessBreach(
      health({
        breachTypes: ["confidentiality", "availability"],
        encryption: "state_of_the_art",
        subjects: { count: 5000, categories: ["patients"] },
        confidentiality: { recipients: "unknown", exfiltration: "unknown" },
        availability: { backup: true, restoredWithinHours: 3, permanentLoss: false, careDisrupted: false },
      }),
    );
    expect(a.riskLevel).toBe("none");
    expect(note(a)?.explanation).toMatch(/had the data been readable/);
  });

  it("says nothing when band and level agree", () => {
    expect(note(assessBreach(health({ confidentiality: { recipients: "public", exfiltration: "confirmed" } })))).toBeUndefined();
    expect(note(assessBreach(facts()))).toBeUndefined();
  });
});
