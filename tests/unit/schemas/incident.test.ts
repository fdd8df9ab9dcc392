import { describe, expect, it } from "vitest";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { incidentTimeProblems } from "@/lib/schemas/incident-dates";
import { incidentCreateSchema, incidentDraftSchema, incidentIntakeSchema, incidentPatchSchema } from "@/lib/schemas/incident";
import { misdirectedResults } from "../../integration/support/facts";

const now = new Date("2026-03-27T22:30:00Z");

const facts = misdirectedResults();

const good = {
  title: "Lab results sent to the wrong patient",
  description: "Blood test results were e-mailed to another patient.",
  occurredAt: "2026-03-26T08:00:00+01:00",
  discoveredAt: "2026-03-27T09:00:00+01:00",
  awareAt: "2026-03-27T09:30:00+01:00",
  timeZone: "Europe/Paris",
  facts,
};

function fieldsOf(result: { success: boolean; error?: unknown }) {
  if (result.success) return [];
  return toFieldErrors(result.error as never).map((e) => e.field);
}

describe("incidentCreateSchema", () => {
  it("accepts the contract's shape and turns instants into Dates", () => {
    const parsed = incidentCreateSchema(now).parse(good);
    expect(parsed.awareAt.toISOString()).toBe("2026-03-27T08:30:00.000Z");
    expect(parsed.submit).toBe(true);
    // Not said is not known, never "no" (issue 17).
    expect(parsed.ongoing).toBeUndefined();
  });

  it.each([
    ["awareAt before occurredAt", { occurredAt: "2026-03-27T10:00:00+01:00", discoveredAt: null }, "awareAt"],
    ["discoveredAt before occurredAt", { occurredAt: "2026-03-27T09:10:00+01:00" }, "discoveredAt"],
    ["awareAt before discoveredAt", { discoveredAt: "2026-03-27T09:45:00+01:00" }, "awareAt"],
    ["awareAt in the future", { awareAt: "2026-03-28T09:30:00+01:00" }, "awareAt"],
    [
      "occurredAt in the future",
      { occurredAt: "2026-04-01T00:00:00Z", discoveredAt: null, awareAt: "2026-03-27T09:30:00+01:00" },
      "occurredAt",
    ],
    ["a time without an offset", { awareAt: "2026-03-27T09:30:00" }, "awareAt"],
    ["not an IANA zone", { timeZone: "CET+1" }, "timeZone"],
    ["an empty title", { title: "  " }, "title"],
    ["a containedAt while ongoing", { ongoing: true, containedAt: "2026-03-27T10:00:00+01:00" }, "containedAt"],
    ["containedAt before occurredAt", { containedAt: "2026-03-26T07:00:00+01:00" }, "containedAt"],
    ["containedAt before discoveredAt", { containedAt: "2026-03-27T08:59:00+01:00" }, "containedAt"],
  ])("rejects %s, naming the field", (_name, change, field) => {
    expect(fieldsOf(incidentCreateSchema(now).safeParse({ ...good, ...change }))).toContain(field);
  });

  it("asks for awarenessDelayReason when awareness came more than an hour after discovery", () => {
    const late = { ...good, awareAt: "2026-03-27T10:00:01+01:00" };
    expect(fieldsOf(incidentCreateSchema(now).safeParse(late))).toEqual(["awarenessDelayReason"]);
    expect(incidentCreateSchema(now).safeParse({ ...late, awarenessDelayReason: "We checked the mail logs first." }).success).toBe(true);
    // Exactly one hour needs no explanation.
    expect(incidentCreateSchema(now).safeParse({ ...good, awareAt: "2026-03-27T10:00:00+01:00" }).success).toBe(true);
  });

  it("rejects negative counts and unknown categories inside the facts", () => {
    const bad = {
      ...good,
      facts: { ...facts, subjects: { count: -1, categories: ["patients", "aliens"] }, dataCategories: ["health", "shoe_size"] },
    };
    expect(fieldsOf(incidentCreateSchema(now).safeParse(bad)).sort()).toEqual(
      ["facts.dataCategories.1", "facts.subjects.categories.1", "facts.subjects.count"].sort(),
    );
  });

  it("needs complete facts", () => {
    expect(fieldsOf(incidentCreateSchema(now).safeParse({ ...good, facts: { role: "controller" } }))).toContain("facts.breachTypes");
  });
});

describe("incidentDraftSchema", () => {
  it("accepts partial facts and an empty description", () => {
    const parsed = incidentDraftSchema(now).parse({
      title: "Laptop lost",
      awareAt: "2026-03-27T20:00:00Z",
      timeZone: "Europe/Paris",
      facts: { breachTypes: ["confidentiality"], subjects: { count: 3 } },
    });
    expect(parsed.submit).toBe(false);
    expect(parsed.description).toBe("");
    expect(parsed.facts.subjects?.count).toBe(3);
  });

  it("still rejects what is wrong in a draft: unknown categories, negative counts, future dates", () => {
    const result = incidentDraftSchema(now).safeParse({
      title: "Laptop lost",
      awareAt: "2026-03-29T20:00:00Z",
      timeZone: "Europe/Paris",
      facts: { dataCategories: ["gossip"], subjects: { count: -3 } },
    });
    expect(fieldsOf(result).sort()).toEqual(["awareAt", "facts.dataCategories.0", "facts.subjects.count"]);
  });

  it("is chosen by incidentIntakeSchema unless submit is true", () => {
    const draft = { title: "Laptop lost", awareAt: "2026-03-27T20:00:00Z", timeZone: "Europe/Paris" };
    expect(incidentIntakeSchema(draft, now).safeParse(draft).success).toBe(true);
    expect(incidentIntakeSchema({ ...draft, submit: true }, now).safeParse({ ...draft, submit: true }).success).toBe(false);
  });
});

describe("incidentPatchSchema", () => {
  it("requires the version that was read", () => {
    expect(fieldsOf(incidentPatchSchema.safeParse({ incidentId: "i1", title: "New title" }))).toEqual(["version"]);
    expect(incidentPatchSchema.safeParse({ incidentId: "i1", version: 2, title: "New title" }).success).toBe(true);
  });

  it("refuses fields that cannot be edited", () => {
    expect(fieldsOf(incidentPatchSchema.safeParse({ incidentId: "i1", version: 1, state: "closed" }))).toEqual(["(input)"]);
  });

  it("lets a field be cleared with null", () => {
    expect(incidentPatchSchema.parse({ incidentId: "i1", version: 1, occurredAt: null }).occurredAt).toBeNull();
  });
});

describe("incidentTimeProblems", () => {
  it("finds nothing wrong with times in order", () => {
    expect(
      incidentTimeProblems(
        { occurredAt: new Date("2026-01-01"), discoveredAt: new Date("2026-01-02"), awareAt: new Date("2026-01-02") },
        now,
      ),
    ).toEqual([]);
  });
  it("names every out-of-order field", () => {
    const problems = incidentTimeProblems(
      { occurredAt: new Date("2026-01-03"), discoveredAt: new Date("2026-01-02"), awareAt: new Date("2026-01-01") },
      now,
    );
    expect(problems.map((p) => p.field)).toEqual(["discoveredAt", "awareAt", "awareAt"]);
  });
  it("refuses a containment before the discovery, saying why, and accepts one between discovery and awareness", () => {
    const times = {
      occurredAt: new Date("2026-01-01T08:00Z"),
      discoveredAt: new Date("2026-01-02T09:00Z"),
      awareAt: new Date("2026-01-02T11:00Z"),
      awarenessDelayReason: "checked",
    };
    expect(incidentTimeProblems({ ...times, containedAt: new Date("2026-01-02T08:59Z") }, now)).toEqual([
      { field: "containedAt", problem: "must not be before discoveredAt (when it was discovered): a breach is contained once it is known" },
    ]);
    expect(incidentTimeProblems({ ...times, containedAt: new Date("2026-01-02T10:00Z") }, now)).toEqual([]);
    expect(incidentTimeProblems({ ...times, discoveredAt: null, containedAt: new Date("2026-01-01T09:00Z") }, now)).toEqual([]);
  });
});

describe("input that is not an object", () => {
  it("is invalid, not a crash", () => {
    expect(incidentCreateSchema(now).safeParse(null).success).toBe(false);
    expect(incidentDraftSchema(now).safeParse("x").success).toBe(false);
  });
});
