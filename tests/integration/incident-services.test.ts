import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliOperator, type Actor, type Role } from "@/lib/server/actor";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import type { IncidentConflict } from "@/lib/server/incidents/incident-conflict";
import type { IncidentDto } from "@/lib/server/incidents/incident-dto";
import { listIncidents } from "@/lib/server/incidents/list-incidents";
import { listTimelineEvents } from "@/lib/server/incidents/timeline/list-timeline-events";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";

/*
 * Intake, reading, editing and the life of an incident, on a real database. Two practices: A (where
 * each role has a person) and B (a stranger's practice), to check that tenancy holds everywhere.
 */
let ctx: TestContext;
let orgA: { id: string; slug: string };
let orgB: { id: string; slug: string };
const people: Record<string, Actor> = {};

async function person(key: string, organizationId: string, role: Role): Promise<Actor> {
  return member(ctx, key, organizationId, role, { ip: "127.0.0.1" });
}

const completeFacts = misdirectedResults();

const MARKER = "SECRET-MARKER-7f3a";

const goodInput = {
  title: "Lab results sent to the wrong patient",
  description: `Blood test results of Mrs X were e-mailed to another patient. ${MARKER}`,
  occurredAt: "2026-03-26T08:00:00+01:00",
  discoveredAt: "2026-03-27T09:00:00+01:00",
  awareAt: "2026-03-27T09:30:00+01:00",
  timeZone: "Europe/Paris",
  facts: completeFacts,
  discoveryMethod: `The recipient phoned us. ${MARKER}`,
  containment: "The recipient confirmed deletion.",
  submit: true as const,
};

const counts = async () => ({
  incidents: await ctx.db.incident.count(),
  revisions: await ctx.db.incidentRevision.count(),
  events: await ctx.db.incidentEvent.count(),
  audit: await ctx.db.auditEntry.count(),
});

beforeAll(async () => {
  ctx = await createTestContext();
  orgA = await ctx.db.organization.create({
    data: { slug: "practice-a", name: "Practice A", regimes: '["gdpr","nis2"]' },
    select: { id: true, slug: true },
  });
  orgB = await ctx.db.organization.create({ data: { slug: "practice-b", name: "Practice B" }, select: { id: true, slug: true } });
  for (const role of ["manager", "dpo", "lawyer", "admin"] as const) people[role] = await person(role, orgA.id, role);
  people.strangerDpo = await person("stranger-dpo", orgB.id, "dpo");
  people.strangerManager = await person("stranger-manager", orgB.id, "manager");
});
afterAll(async () => ctx.close());

describe("creating an incident", () => {
  it("reports an incident with good input: reference, version 1, the organisation's regimes, timeline and audit", async () => {
    const before = await counts();
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    expect(incident).toMatchObject({
      reference: "BD-2026-0001",
      state: "reported",
      version: 1,
      organization: { slug: "practice-a" },
      awareAt: "2026-03-27T08:30:00.000Z",
      regimes: ["gdpr", "nis2"],
      description: goodInput.description,
      factsComplete: true,
    });
    const after = await counts();
    expect(after.incidents - before.incidents).toBe(1);
    expect(after.revisions - before.revisions).toBe(1);
    expect(after.events - before.events).toBe(3);
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "incident.create", incidentId: incident.id } });
    expect(audit.actorId).toBe((people.manager as { userId: string }).userId);
    expect(audit.detail).not.toContain(MARKER);
  });

  it("keeps the description, discovery method and revision snapshot sealed at rest", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    const raw = await ctx.db.incident.findUniqueOrThrow({ where: { id: incident.id } });
    expect(JSON.stringify(raw)).not.toContain(MARKER);
    expect(raw.description.startsWith("enc2:")).toBe(true);
    const revisions = await ctx.db.incidentRevision.findMany({ where: { incidentId: incident.id } });
    expect(JSON.stringify(revisions)).not.toContain(MARKER);
    expect(JSON.stringify(await ctx.db.auditEntry.findMany())).not.toContain(MARKER);
  });

  it("saves a draft with partial facts, and refuses partial facts when submitting", async () => {
    const draft = value(
      await createIncident(ctx, people.manager!, {
        title: "Laptop lost",
        awareAt: "2026-03-27T20:00:00Z",
        timeZone: "Europe/Paris",
        facts: { breachTypes: ["confidentiality"] },
      }),
    );
    expect(draft).toMatchObject({ state: "draft", factsComplete: false, description: "" });
    const submitted = await createIncident(ctx, people.manager!, { ...goodInput, facts: { breachTypes: ["confidentiality"] } as never });
    expect(submitted).toMatchObject({ ok: false, error: "invalid" });
  });

  it.each([
    ["aware before occurred", { occurredAt: "2026-03-27T12:00:00+01:00", discoveredAt: null }, "awareAt"],
    ["discovered before occurred", { occurredAt: "2026-03-27T09:15:00+01:00" }, "discoveredAt"],
    ["aware in the future", { awareAt: "2026-03-28T00:00:00+01:00" }, "awareAt"],
    [
      "a negative number of people",
      { facts: { ...completeFacts, subjects: { count: -5, categories: ["patients"] } } },
      "facts.subjects.count",
    ],
    ["an unknown data category", { facts: { ...completeFacts, dataCategories: ["health", "horoscope"] } }, "facts.dataCategories.1"],
    ["an unknown regime", { regimes: ["gdpr", "martian-law"] }, "regimes.1"],
    ["a late awareness without its reason", { awareAt: "2026-03-27T12:00:00+01:00" }, "awarenessDelayReason"],
  ])("rejects %s, naming the field, and writes nothing", async (_name, change, field) => {
    const before = await counts();
    const result = await createIncident(ctx, people.manager!, { ...goodInput, ...change } as never);
    expect(result.ok).toBe(false);
    if (result.ok || result.error !== "invalid") throw new Error(JSON.stringify(result));
    expect(result.fields.map((f) => f.field)).toContain(field);
    expect(await counts()).toEqual(before);
  });

  it("needs the organisation's slug from someone in several, and refuses one they do not belong to", async () => {
    const both: Actor = {
      ...(people.dpo as Extract<Actor, { kind: "user" }>),
      memberships: [
        { organizationId: orgA.id, role: "dpo" },
        { organizationId: orgB.id, role: "manager" },
      ],
    };
    expect(await createIncident(ctx, both, goodInput)).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "organization" }] });
    expect(value(await createIncident(ctx, both, { ...goodInput, organization: "practice-b" })).organization.slug).toBe("practice-b");
    expect(await createIncident(ctx, people.manager!, { ...goodInput, organization: "practice-b" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "organization" }],
    });
  });

  it("lets neither the lawyer nor the administrator log an incident", async () => {
    expect(await createIncident(ctx, people.lawyer!, goodInput)).toMatchObject({ ok: false, error: "forbidden" });
    expect(await createIncident(ctx, people.admin!, goodInput)).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("reading incidents", () => {
  let incident: IncidentDto;
  beforeAll(async () => {
    incident = value(await createIncident(ctx, people.manager!, { ...goodInput, title: "Fax sent to the wrong number" }));
  });

  it("returns a decrypted DTO and audits the read", async () => {
    const before = await ctx.db.auditEntry.count({ where: { action: "incident.read", incidentId: incident.id } });
    const read = value(await getIncident(ctx, people.lawyer!, { incidentId: incident.id }));
    expect(read.description).toContain(MARKER);
    expect(read.discoveryMethod).toContain(MARKER);
    expect(read).not.toHaveProperty("organizationId");
    const entries = await ctx.db.auditEntry.findMany({ where: { action: "incident.read", incidentId: incident.id } });
    expect(entries.length - before).toBe(1);
    expect(entries.at(-1)!.actorLabel).toBe("lawyer@example.org");
  });

  it("lists with filters and pages, audited as one incident.list entry", async () => {
    const before = await ctx.db.auditEntry.count({ where: { action: "incident.list" } });
    const page = value(await listIncidents(ctx, people.admin!, { search: "FAX", pageSize: 1 }));
    expect(page.items.map((i) => i.id)).toEqual([incident.id]);
    expect(page.total).toBe(1);
    const drafts = value(await listIncidents(ctx, people.manager!, { state: ["draft"] }));
    expect(drafts.items.every((item) => item.state === "draft")).toBe(true);
    const all = value(await listIncidents(ctx, people.manager!, { pageSize: 2, page: 2 }));
    expect(all.items).toHaveLength(2);
    expect(all.items.every((item) => item.organization.slug === "practice-a")).toBe(true);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.list" } })).toBe(before + 3);
  });

  it("refuses a list filtered on another practice's slug, the same way as an unknown slug", async () => {
    const foreign = await listIncidents(ctx, people.manager!, { organization: "practice-b" });
    const unknown = await listIncidents(ctx, people.manager!, { organization: "no-such-practice" });
    expect(foreign).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "organization" }] });
    expect(unknown).toEqual({ ...foreign, fields: [{ field: "organization", problem: expect.stringContaining("no-such-practice") }] });
  });
});

describe("editing an incident", () => {
  it("saves a change as a new version with the changed fields, and audits sealed fields without their text", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    const updated = value(
      await updateIncident(ctx, people.dpo!, {
        incidentId: incident.id,
        version: 1,
        title: "Results e-mailed to the wrong patient",
        description: `Updated ${MARKER}-2`,
      }),
    );
    expect(updated).toMatchObject({ version: 2, title: "Results e-mailed to the wrong patient", description: `Updated ${MARKER}-2` });
    const revision = await ctx.db.incidentRevision.findUniqueOrThrow({
      where: { incidentId_version: { incidentId: incident.id, version: 2 } },
    });
    expect(JSON.parse(revision.changed)).toEqual(["title", "description"]);
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "incident.update", incidentId: incident.id } });
    const detail = JSON.parse(audit.detail);
    // A title may name a patient: the audit trail, kept in clear, says only that it changed.
    expect(detail.changes.title).toBe("changed");
    expect(detail.changes.description).toBe("changed");
    expect(audit.detail).not.toContain(MARKER);
  });

  it("answers a stale version with a conflict listing what changed since, and overwrites nothing", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    value(await updateIncident(ctx, people.manager!, { incidentId: incident.id, version: 1, title: "First editor's title" }));
    value(await updateIncident(ctx, people.dpo!, { incidentId: incident.id, version: 2, facts: { ...completeFacts, records: 2 } }));
    const stale = await updateIncident(ctx, people.dpo!, {
      incidentId: incident.id,
      version: 1,
      title: "Second editor's title",
      containment: "other",
    });
    expect(stale).toMatchObject({ ok: false, error: "conflict" });
    if (stale.ok || stale.error !== "conflict") throw new Error("expected a conflict");
    const current = stale.current as IncidentConflict;
    expect(current.changedSince).toEqual(["title", "facts"]);
    expect(current.incident).toMatchObject({ version: 3, title: "First editor's title" });
    const row = value(await getIncident(ctx, people.manager!, { incidentId: incident.id }));
    expect(row).toMatchObject({ version: 3, title: "First editor's title", containment: goodInput.containment });
    const recorded = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "incident.conflict", incidentId: incident.id } });
    expect(JSON.parse(recorded.detail)).toEqual({ yourVersion: 1, currentVersion: 3, changedSince: ["title", "facts"] });
  });

  it("checks the merged times and keeps facts complete once reported", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    const early = await updateIncident(ctx, people.manager!, { incidentId: incident.id, version: 1, awareAt: "2026-03-26T07:00:00+01:00" });
    expect(early).toMatchObject({ ok: false, error: "invalid" });
    if (!early.ok && early.error === "invalid") expect(early.fields.map((f) => f.field)).toEqual(["awareAt", "awareAt"]);
    const partial = await updateIncident(ctx, people.manager!, {
      incidentId: incident.id,
      version: 1,
      facts: { breachTypes: ["integrity"] },
    });
    expect(partial).toMatchObject({ ok: false, error: "invalid" });
    if (!partial.ok && partial.error === "invalid") expect(partial.fields.map((f) => f.field)).toContain("facts.role");
    expect(await ctx.db.incidentRevision.count({ where: { incidentId: incident.id } })).toBe(1);
  });

  it("refuses an owner from another practice", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    const stranger = (people.strangerDpo as { userId: string }).userId;
    expect(await updateIncident(ctx, people.manager!, { incidentId: incident.id, version: 1, ownerId: stranger })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "ownerId" }],
    });
  });

  it("forbids the lawyer and the administrator to change facts", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    expect(await updateIncident(ctx, people.lawyer!, { incidentId: incident.id, version: 1, title: "Lawyer's title" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await updateIncident(ctx, people.admin!, { incidentId: incident.id, version: 1, title: "Admin's title" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(value(await getIncident(ctx, people.admin!, { incidentId: incident.id })).title).toBe(goodInput.title);
  });

  it("lets the operator read but not change: a change needs a person", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    expect(value(await getIncident(ctx, cliOperator, { incidentId: incident.id })).id).toBe(incident.id);
    expect(await updateIncident(ctx, cliOperator, { incidentId: incident.id, version: 1, title: "Operator's title" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await createIncident(ctx, cliOperator, { ...goodInput, organization: "practice-a" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
  });
});

describe("the life of an incident", () => {
  it("lets the manager report a draft once its facts are complete", async () => {
    const draft = value(
      await createIncident(ctx, people.manager!, { ...goodInput, submit: false, facts: { breachTypes: ["confidentiality"] } }),
    );
    const early = await changeIncidentState(ctx, people.manager!, { incidentId: draft.id, to: "reported" });
    expect(early).toMatchObject({ ok: false, error: "invalid" });
    if (!early.ok && early.error === "invalid") expect(early.fields.map((f) => f.field)).toContain("facts.role");
    value(await updateIncident(ctx, people.manager!, { incidentId: draft.id, version: 1, facts: completeFacts }));
    expect(value(await changeIncidentState(ctx, people.manager!, { incidentId: draft.id, to: "reported", version: 2 }))).toMatchObject({
      state: "reported",
      version: 3,
    });
  });

  it("keeps the DPO's steps to the DPO, refuses impossible moves, and records each move on the timeline", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    expect(await changeIncidentState(ctx, people.manager!, { incidentId: incident.id, to: "under_assessment" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await changeIncidentState(ctx, people.lawyer!, { incidentId: incident.id, to: "under_assessment" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    expect(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "closed" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "to" }],
    });
    value(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "under_assessment", note: "Looking at it" }));
    // Refused on what is missing (the decision), which the incident file links to the decision form.
    expect(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "decided" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "decision" }],
    });

    const dpoId = (people.dpo as { userId: string }).userId;
    await ctx.db.assessment.create({
      data: {
        incidentId: incident.id,
        version: 1,
        // Taken on the facts as they are: a decision on other facts is out of date and cannot be recorded as made.
        factsSnapshot: JSON.stringify(incident.facts),
        suggestion: "{}",
        riskLevel: "high",
        authorityDecision: "notify",
        authorityRationale: "Health data",
        subjectsDecision: "communicate",
        subjectsRationale: "High risk",
        decidedById: dpoId,
      },
    });
    value(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "decided" }));
    expect(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "notified" })).toMatchObject({
      ok: false,
      error: "invalid",
    });
    await ctx.db.filing.create({
      data: {
        incidentId: incident.id,
        authority: "cnil",
        kind: "initial",
        channel: "online_form",
        filedAt: ctx.now(),
        content: "{}",
        filedById: dpoId,
      },
    });
    value(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "notified" }));
    // The people are still to be told (Art. 34): closing then needs a stated reason, kept on the timeline.
    const unexplained = await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "closed" });
    expect(unexplained).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "note" }] });
    if (!unexplained.ok && unexplained.error === "invalid") expect(unexplained.fields[0]!.problem).toMatch(/communicate-subjects/);
    const closed = value(
      await changeIncidentState(ctx, people.dpo!, {
        incidentId: incident.id,
        to: "closed",
        note: "The practice closed; the letters go out from its successor.",
      }),
    );
    expect(closed).toMatchObject({ state: "closed", closedAt: ctx.now().toISOString() });
    expect(
      await updateIncident(ctx, people.dpo!, { incidentId: incident.id, version: closed.version, title: "After closing" }),
    ).toMatchObject({ ok: false, error: "conflict" });
    expect(await changeIncidentState(ctx, people.manager!, { incidentId: incident.id, to: "under_assessment" })).toMatchObject({
      ok: false,
      error: "forbidden",
    });
    const reopened = value(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "under_assessment" }));
    expect(reopened).toMatchObject({ state: "under_assessment", closedAt: null });

    const events = await ctx.db.incidentEvent.findMany({
      where: { incidentId: incident.id, kind: "state_changed" },
      orderBy: { recordedAt: "asc" },
    });
    expect(events).toHaveLength(5);
    expect(events.every((event) => event.recordedById === dpoId)).toBe(true);
    const moves = await ctx.db.auditEntry.findMany({
      where: { action: "incident.state_change", incidentId: incident.id },
      orderBy: { seq: "asc" },
    });
    expect(moves.map((entry) => JSON.parse(entry.detail).to)).toEqual([
      "under_assessment",
      "decided",
      "notified",
      "closed",
      "under_assessment",
    ]);
    expect(JSON.parse(moves[3]!.detail).closedWithOpenObligations).toContain("communicate-subjects");
    const closing = await listTimelineEvents(ctx, people.dpo!, { incidentId: incident.id });
    expect(value(closing).some((event) => event.summary === "Closed: The practice closed; the letters go out from its successor.")).toBe(
      true,
    );
  });

  it("answers a state change from a stale page with a conflict", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    value(await updateIncident(ctx, people.manager!, { incidentId: incident.id, version: 1, title: "Changed meanwhile" }));
    expect(await changeIncidentState(ctx, people.dpo!, { incidentId: incident.id, to: "under_assessment", version: 1 })).toMatchObject({
      ok: false,
      error: "conflict",
    });
    expect(value(await getIncident(ctx, people.dpo!, { incidentId: incident.id })).state).toBe("reported");
  });
});

describe("tenant isolation", () => {
  it("answers not_found for another practice's incident on read, update and state change, and lists none of it", async () => {
    const incident = value(await createIncident(ctx, people.manager!, goodInput));
    for (const stranger of [people.strangerDpo!, people.strangerManager!]) {
      expect(await getIncident(ctx, stranger, { incidentId: incident.id })).toMatchObject({ ok: false, error: "not_found" });
      expect(await updateIncident(ctx, stranger, { incidentId: incident.id, version: 1, title: "Hijacked" })).toMatchObject({
        ok: false,
        error: "not_found",
      });
      expect(await changeIncidentState(ctx, stranger, { incidentId: incident.id, to: "under_assessment" })).toMatchObject({
        ok: false,
        error: "not_found",
      });
      expect(value(await listIncidents(ctx, stranger, {})).items.find((item) => item.id === incident.id)).toBeUndefined();
    }
    // An id that does not exist at all looks the same.
    expect(await getIncident(ctx, people.strangerDpo!, { incidentId: "does-not-exist" })).toEqual(
      await getIncident(ctx, people.strangerDpo!, { incidentId: incident.id }),
    );
    expect(value(await getIncident(ctx, people.manager!, { incidentId: incident.id })).title).toBe(goodInput.title);
  });
});
