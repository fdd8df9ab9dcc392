import { describe, expect, it } from "vitest";
import { ASSUMABLE_PATHS, isAnswered } from "@/lib/schemas/assumed-facts";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentCreateSchema, incidentDraftSchema, incidentPatchSchema } from "@/lib/schemas/incident";

const now = new Date("2026-03-27T22:30:00Z");

const good = {
  title: "Lab results sent to the wrong patient",
  description: "Blood test results were posted to another patient.",
  awareAt: "2026-03-27T09:30:00+01:00",
  timeZone: "Europe/Paris",
  facts: {
    role: "controller",
    breachTypes: ["confidentiality"],
    cause: "accidental",
    dataCategories: ["health"],
    subjects: { count: 1, categories: ["patients"] },
    identifiability: "direct",
    encryption: "none",
    confidentiality: { recipients: "known_untrusted", exfiltration: "unknown" },
    mitigation: { dataRetrievedOrDeleted: false, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
  },
};

const problems = (result: { success: boolean; error?: unknown }) => (result.success ? [] : toFieldErrors(result.error as never));

describe("assumedFacts in the incident input", () => {
  it("takes the paths of answers the wizard pre-fills, and leaves it out when not sent", () => {
    const sent = [
      "awareAt",
      "facts.encryption",
      "facts.confidentiality.exfiltration",
      "facts.subjects.categories",
      "facts.mitigation.highRiskNoLongerLikely",
    ];
    expect(incidentCreateSchema(now).parse({ ...good, assumedFacts: sent }).assumedFacts).toEqual(sent);
    expect(incidentCreateSchema(now).parse(good).assumedFacts).toBeUndefined();
    expect(
      incidentDraftSchema(now).parse({ title: "Letter", awareAt: good.awareAt, timeZone: "Europe/Paris", assumedFacts: ["facts.role"] })
        .assumedFacts,
    ).toEqual(["facts.role"]);
  });

  it("refuses an unknown path, naming the field and the path", () => {
    const result = incidentCreateSchema(now).safeParse({ ...good, assumedFacts: ["facts.encryption", "facts.encryptoin"] });
    expect(result.success).toBe(false);
    const [problem, ...rest] = problems(result);
    expect(rest).toEqual([]);
    expect(problem!.field).toBe("assumedFacts.1");
    expect(problem!.problem).toMatch(/^is not an answer that can be assumed: "facts\.encryptoin"/);
    // Not a fact at all, and a fact's parent object: both unknown.
    expect(problems(incidentDraftSchema(now).safeParse({ ...good, assumedFacts: ["title"] })).map((p) => p.field)).toEqual([
      "assumedFacts.0",
    ]);
    expect(problems(incidentDraftSchema(now).safeParse({ ...good, assumedFacts: ["facts.mitigation"] })).map((p) => p.field)).toEqual([
      "assumedFacts.0",
    ]);
  });

  it("refuses a path listed twice and anything but a list of strings", () => {
    expect(problems(incidentCreateSchema(now).safeParse({ ...good, assumedFacts: ["facts.role", "facts.role"] }))).toEqual([
      { field: "assumedFacts", problem: "lists the same answer twice" },
    ]);
    expect(problems(incidentCreateSchema(now).safeParse({ ...good, assumedFacts: "facts.role" })).map((p) => p.field)).toEqual([
      "assumedFacts",
    ]);
    expect(problems(incidentCreateSchema(now).safeParse({ ...good, assumedFacts: [7] })).map((p) => p.field)).toEqual(["assumedFacts.0"]);
  });

  it("checks confirmedFacts and assumedFacts of a patch the same way", () => {
    expect(
      incidentPatchSchema.parse({ incidentId: "i1", version: 2, confirmedFacts: ["facts.encryption", "discoveredAt"] }).confirmedFacts,
    ).toEqual(["facts.encryption", "discoveredAt"]);
    expect(
      problems(incidentPatchSchema.safeParse({ incidentId: "i1", version: 2, confirmedFacts: ["facts.secret"] })).map((p) => p.field),
    ).toEqual(["confirmedFacts.0"]);
    expect(
      problems(incidentPatchSchema.safeParse({ incidentId: "i1", version: 2, assumedFacts: ["facts.role", "nope"] })).map((p) => p.field),
    ).toEqual(["assumedFacts.1"]);
  });

  it("knows every breach-fact question and the incident's times, and only answers that were given count", () => {
    expect(ASSUMABLE_PATHS).toEqual(
      expect.arrayContaining([
        "awareAt",
        "discoveredAt",
        "facts.role",
        "facts.subjects.categories",
        "facts.mitigation.individualContactDisproportionate",
      ]),
    );
    expect(isAnswered(good, "facts.confidentiality.exfiltration")).toBe(true);
    expect(isAnswered({ ...good, facts: { ...good.facts, confidentiality: null } }, "facts.confidentiality.exfiltration")).toBe(false);
    expect(isAnswered(good, "discoveredAt")).toBe(false);
  });
});
