import { describe, expect, it } from "vitest";
import { assessmentCreateSchema, OVERRIDE_RATIONALE_PROBLEM } from "@/lib/schemas/assessment";

const problems = (input: object) => {
  const parsed = assessmentCreateSchema.safeParse({ incidentId: "i1", ...input });
  return parsed.success ? [] : parsed.error.issues.map((issue) => ({ field: issue.path.join("."), message: issue.message }));
};

describe("the DPO's decision", () => {
  it("accepts the suggestion with no rationale, or with a short note", () => {
    expect(problems({ authorityDecision: "accept", subjectsDecision: "accept" })).toEqual([]);
    expect(problems({ authorityDecision: "accept", authorityRationale: "ok", subjectsDecision: "accept", subjectsRationale: "" })).toEqual(
      [],
    );
  });

  it("asks for a reason of at least 20 characters for each override, naming its field in override words", () => {
    expect(problems({ authorityDecision: "override", authorityRationale: "short", subjectsDecision: "accept" })).toEqual([
      { field: "authorityRationale", message: OVERRIDE_RATIONALE_PROBLEM },
    ]);
    expect(problems({ authorityDecision: "accept", subjectsDecision: "override" })).toEqual([
      { field: "subjectsRationale", message: OVERRIDE_RATIONALE_PROBLEM },
    ]);
    expect(OVERRIDE_RATIONALE_PROBLEM).toMatch(/override the suggestion/);
    expect(
      problems({
        authorityDecision: "override",
        authorityRationale: "The recipient is a relative who could misuse it.",
        subjectsDecision: "accept",
      }),
    ).toEqual([]);
  });

  it("keeps the upper bound on any note", () => {
    expect(
      problems({ authorityDecision: "accept", authorityRationale: "x".repeat(5001), subjectsDecision: "accept" }).map((p) => p.field),
    ).toEqual(["authorityRationale"]);
  });
});
