import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assessBreach } from "@/lib/domain/risk";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import type { BreachFacts } from "@/lib/schemas/breach-facts";
import type { Actor, Role } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { getCurrentAssessment, listAssessments } from "@/lib/server/assessments/list-assessments";
import { previewAssessment } from "@/lib/server/assessments/preview-assessment";
import { latestDecisions } from "@/lib/server/assessments/register-decisions";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";

/* The DPO's risk assessment: computed suggestion, separate decisions with rationale, versions, out-of-date detection. */
let ctx: TestContext;
const people: Record<string, Actor & { kind: "user" }> = {};

const healthLeak = misdirectedResults();
const WHY = "The recipient is another patient who confirmed deletion by phone.";

async function person(key: string, organizationId: string, role: Role) {
  people[key] = await member(ctx, key, organizationId, role);
}

async function incidentUnderAssessment(facts: object = healthLeak) {
  const incident = value(
    await createIncident(ctx, people.manager!, {
      title: "Lab results sent to the wrong patient",
      description: "Blood test results were e-mailed to another patient.",
      awareAt: "2026-03-27T09:30:00+01:00",
      timeZone: "Europe/Paris",
      facts: facts as BreachFacts,
      submit: true,
    }),
  );
  value(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "under_assessment" }));
  return incident.id;
}

const accept = { authorityDecision: "accept", authorityRationale: WHY, subjectsDecision: "accept", subjectsRationale: WHY } as const;

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" } });
  const b = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" } });
  for (const role of ["manager", "dpo", "lawyer", "admin"] as const) await person(role, a.id, role);
  await person("stranger", b.id, "dpo");
});
afterAll(async () => ctx.close());

describe("who may record an assessment", () => {
  it("only the DPO: the manager, lawyer and admin are forbidden, another organisation's DPO finds nothing", async () => {
    const incidentId = await incidentUnderAssessment();
    for (const key of ["manager", "lawyer", "admin"]) {
      expect(await createAssessment(ctx, people[key]!, { incidentId, ...accept })).toMatchObject({ ok: false, error: "forbidden" });
    }
    expect(await createAssessment(ctx, people.stranger!, { incidentId, ...accept })).toMatchObject({ ok: false, error: "not_found" });
    expect(await getCurrentAssessment(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
    expect(await ctx.db.assessment.count({ where: { incidentId } })).toBe(0);
  });
});

describe("what an assessment needs", () => {
  it("complete facts: otherwise invalid naming facts and what is missing", async () => {
    const draft = value(
      await createIncident(ctx, people.manager!, {
        title: "Laptop lost",
        awareAt: "2026-03-27T09:30:00+01:00",
        timeZone: "Europe/Paris",
        facts: { breachTypes: ["confidentiality"] },
      }),
    );
    const result = await createAssessment(ctx, people.dpo!, { incidentId: draft.id, ...accept });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (result.ok || result.error !== "invalid") return;
    expect(result.fields[0]!.field).toBe("facts");
    expect(result.fields[0]!.problem).toMatch(/role/);
    expect(result.fields[0]!.problem).toMatch(/cause/);
    expect(result.fields.map((f) => f.field)).toContain("facts.role");
  });

  // Accepting rests on the suggestion's recorded reasons; only departing from them needs the DPO's own.
  it("a written rationale for each override, naming the field; accepting needs none", async () => {
    const incidentId = await incidentUnderAssessment();
    const result = await createAssessment(ctx, people.dpo!, {
      incidentId,
      authorityDecision: "override",
      authorityRationale: "ok",
      subjectsDecision: "override",
      subjectsRationale: "  ",
    });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (result.ok || result.error !== "invalid") return;
    expect(result.fields.map((f) => f.field).sort()).toEqual(["authorityRationale", "subjectsRationale"]);
    expect(result.fields[0]!.problem).toMatch(/override the suggestion: explain in at least 20 characters/);
    expect(await ctx.db.assessment.count({ where: { incidentId } })).toBe(0);

    const accepted = value(
      await createAssessment(ctx, people.dpo!, { incidentId, authorityDecision: "accept", subjectsDecision: "accept" }),
    );
    expect(accepted).toMatchObject({ version: 1 });
  });

  it("a decision recorded while the incident is only reported leaves it decided, with both steps on the timeline", async () => {
    const incident = value(
      await createIncident(ctx, people.manager!, {
        title: "Lab results sent to the wrong patient",
        description: "Blood test results were e-mailed to another patient.",
        awareAt: "2026-03-27T09:30:00+01:00",
        timeZone: "Europe/Paris",
        facts: healthLeak as BreachFacts,
        submit: true,
      }),
    );
    expect(incident.state).toBe("reported");
    value(await createAssessment(ctx, people.dpo!, { incidentId: incident.id, authorityDecision: "accept", subjectsDecision: "accept" }));
    expect((await ctx.db.incident.findUniqueOrThrow({ where: { id: incident.id } })).state).toBe("decided");
    const moves = await ctx.db.auditEntry.findMany({
      where: { action: "incident.state_change", incidentId: incident.id },
      orderBy: { seq: "asc" },
    });
    expect(moves.map((entry) => JSON.parse(entry.detail).to)).toEqual(["under_assessment", "decided"]);
  });
});

describe("recording decisions", () => {
  it("accepting stores the facts, the suggestion and decisions equal to it; the incident becomes decided; audited", async () => {
    const incidentId = await incidentUnderAssessment();
    const auditBefore = await ctx.db.auditEntry.count({ where: { incidentId, action: "assessment.create" } });
    const saved = value(await createAssessment(ctx, people.dpo!, { incidentId, ...accept }));
    const expected = assessBreach(healthLeak);
    expect(saved.version).toBe(1);
    expect(saved.suggestion).toEqual(expected);
    expect(saved.factsSnapshot).toEqual(healthLeak);
    expect(saved.riskLevel).toBe(expected.riskLevel);
    expect(saved.authority).toEqual({
      suggested: expected.notifyAuthority ? "notify" : "do_not_notify",
      decision: expected.notifyAuthority ? "notify" : "do_not_notify",
      overridden: false,
      rationale: WHY,
    });
    expect(saved.subjects.overridden).toBe(false);
    expect(saved.subjects.decision).toBe(saved.subjects.suggested);
    const incident = value(await getIncident(ctx, people.dpo!, { incidentId }));
    expect(incident.state).toBe("decided");
    expect(await ctx.db.auditEntry.count({ where: { incidentId, action: "assessment.create" } })).toBe(auditBefore + 1);
    expect(
      await ctx.db.auditEntry.count({ where: { incidentId, action: "incident.state_change", detail: { contains: '"to":"decided"' } } }),
    ).toBe(1);
    expect(await ctx.db.incidentEvent.count({ where: { incidentId, kind: "assessed" } })).toBe(1);
  });

  it("overriding records the opposite of the suggestion, marked, as version n+1, separately per audience", async () => {
    const incidentId = await incidentUnderAssessment();
    const first = value(await createAssessment(ctx, people.dpo!, { incidentId, ...accept }));
    const second = value(
      await createAssessment(ctx, people.dpo!, {
        incidentId,
        ...accept,
        authorityDecision: "override",
        authorityRationale: "We notify although the suggestion says otherwise, as the patient complained.",
      }),
    );
    expect(second.version).toBe(first.version + 1);
    expect(second.authority.overridden).toBe(true);
    expect(second.authority.decision).not.toBe(second.authority.suggested);
    expect(second.subjects.overridden).toBe(false);
    const third = value(await createAssessment(ctx, people.dpo!, { incidentId, ...accept, subjectsDecision: "override" }));
    expect(third.version).toBe(3);
    expect(third.authority.overridden).toBe(false);
    expect(third.subjects.overridden).toBe(true);
    expect(third.subjects.decision).not.toBe(third.subjects.suggested);
    const row = await ctx.db.assessment.findUniqueOrThrow({ where: { incidentId_version: { incidentId, version: 3 } } });
    expect(row).toMatchObject({ subjectsOverridden: true, authorityOverridden: false });
    // The rationale may name people: sealed at rest, bound to its row and column.
    expect(row.subjectsRationale).not.toContain(WHY);
    expect(unseal(row.subjectsRationale, at("assessment", "subjectsRationale", row.id))).toBe(WHY);
    // The state moved once only: a later version on a decided incident leaves it decided.
    expect(
      await ctx.db.auditEntry.count({ where: { incidentId, action: "incident.state_change", detail: { contains: '"to":"decided"' } } }),
    ).toBe(1);
    expect(value(await listAssessments(ctx, people.lawyer!, { incidentId })).map((a) => a.version)).toEqual([3, 2, 1]);
  });

  it("refuses an override choice equal to the suggestion, and a stale incident version", async () => {
    const incidentId = await incidentUnderAssessment();
    const preview = value(await previewAssessment(ctx, people.dpo!, { incidentId }));
    if (!preview.complete) throw new Error("expected complete facts");
    const suggested = preview.suggestion.communicateSubjects
      ? "communicate"
      : preview.suggestion.publicCommunicationInstead
        ? "public_communication"
        : "do_not_communicate";
    expect(
      await createAssessment(ctx, people.dpo!, { incidentId, ...accept, subjectsDecision: "override", subjectsOverrideTo: suggested }),
    ).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "subjectsOverrideTo" }] });
    expect(await createAssessment(ctx, people.dpo!, { incidentId, ...accept, incidentVersion: 1 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
  });
});

describe("the current assessment", () => {
  it("is out of date once the facts change, and shows the suggestion for the facts now", async () => {
    const incidentId = await incidentUnderAssessment();
    value(await createAssessment(ctx, people.dpo!, { incidentId, ...accept }));
    const fresh = value(await getCurrentAssessment(ctx, people.manager!, { incidentId }));
    expect(fresh.outOfDate).toBe(false);
    expect(fresh.suggestionNow).toEqual(fresh.assessment!.suggestion);

    const changed: BreachFacts = {
      ...healthLeak,
      subjects: { count: 5300, categories: ["patients"] },
      confidentiality: { recipients: "public", exfiltration: "confirmed" },
      cause: "malicious",
    };
    const incident = value(await getIncident(ctx, people.dpo!, { incidentId }));
    value(await updateIncident(ctx, people.dpo!, { incidentId, version: incident.version, facts: changed }));
    const stale = value(await getCurrentAssessment(ctx, people.manager!, { incidentId }));
    expect(stale.outOfDate).toBe(true);
    expect(stale.suggestionNow).toEqual(assessBreach(changed));
    expect(stale.assessment!.factsSnapshot).toEqual(healthLeak);

    // Same facts written back in another key order: not a change.
    const reordered = Object.fromEntries(Object.entries(healthLeak).reverse()) as BreachFacts;
    value(await updateIncident(ctx, people.dpo!, { incidentId, version: stale.incidentVersion, facts: reordered }));
    expect(value(await getCurrentAssessment(ctx, people.manager!, { incidentId })).outOfDate).toBe(false);
  });

  it("before any assessment: null, not out of date, with the missing facts listed", async () => {
    const draft = value(
      await createIncident(ctx, people.manager!, {
        title: "Fax misdialled",
        awareAt: "2026-03-27T09:30:00+01:00",
        timeZone: "Europe/Paris",
        facts: { role: "controller" },
      }),
    );
    const current = value(await getCurrentAssessment(ctx, people.lawyer!, { incidentId: draft.id }));
    expect(current).toMatchObject({ assessment: null, outOfDate: false, suggestionNow: null });
    expect(current.missingFacts[0]!.field).toBe("facts");
  });
});

describe("the preview for the questionnaire", () => {
  it("computes from answers not saved yet and writes nothing", async () => {
    const incidentId = await incidentUnderAssessment();
    const before = { audit: await ctx.db.auditEntry.count(), assessments: await ctx.db.assessment.count() };
    const encrypted = { ...healthLeak, encryption: "state_of_the_art" as const };
    const preview = value(await previewAssessment(ctx, people.manager!, { incidentId, facts: encrypted }));
    expect(preview).toEqual({ complete: true, suggestion: assessBreach(encrypted) });
    const partial = value(await previewAssessment(ctx, people.manager!, { incidentId, facts: { role: "controller" } }));
    expect(partial.complete).toBe(false);
    expect({ audit: await ctx.db.auditEntry.count(), assessments: await ctx.db.assessment.count() }).toEqual(before);
    expect(await previewAssessment(ctx, people.stranger!, { incidentId })).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("for the register", () => {
  it("gives the latest suggestion next to the decision for each incident", async () => {
    const incidentId = await incidentUnderAssessment();
    value(await createAssessment(ctx, people.dpo!, { incidentId, ...accept }));
    value(await createAssessment(ctx, people.dpo!, { incidentId, ...accept, authorityDecision: "override" }));
    const decisions = await latestDecisions(ctx.db, [incidentId]);
    expect(decisions.get(incidentId)).toMatchObject({
      version: 2,
      authority: { overridden: true, rationale: WHY },
      subjects: { overridden: false },
    });
    expect(decisions.get(incidentId)!.authority.decision).not.toBe(decisions.get(incidentId)!.authority.suggested);
  });
});
