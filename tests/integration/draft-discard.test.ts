import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { discardDraft } from "@/lib/server/incidents/discard-draft";
import { listIncidents } from "@/lib/server/incidents/list-incidents";
import { queryRegister } from "@/lib/server/register/query-register";
import { openObligations } from "@/lib/server/deadlines/open-obligations";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";
import { member } from "./support/member";

/*
 * A draft nobody reported: its author or the DPO may discard it (audited; gone from every list and the
 * dashboard), and it never counts in the Art. 33(5) register.
 */
let ctx: TestContext;
let orgId: string;
const people: Record<string, Actor> = {};

async function person(key: string, organizationId: string, role: Role): Promise<Actor> {
  return member(ctx, key, organizationId, role, { ip: "127.0.0.1" });
}

const facts = misdirectedResults();

const input = (title: string, submit: boolean) => ({
  title,
  description: "Results e-mailed to another patient.",
  awareAt: "2026-03-27T09:30:00+01:00",
  timeZone: "Europe/Paris",
  facts,
  submit,
});

beforeAll(async () => {
  ctx = await createTestContext();
  orgId = (await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" }, select: { id: true } })).id;
  for (const role of ["manager", "dpo", "lawyer"] as const) people[role] = await person(role, orgId, role);
  people.otherManager = await person("other-manager", orgId, "manager");
});
afterAll(async () => ctx.close());

describe("discarding a draft", () => {
  it("lets the author discard it: deleted with its timeline, audited, gone from the list and the dashboard", async () => {
    const draft = value(await createIncident(ctx, people.manager!, input("Fax to the wrong number", false)));
    expect(value(await openObligations(ctx, people.dpo!)).items.some((item) => item.incidentId === draft.id)).toBe(true);

    expect(value(await discardDraft(ctx, people.manager!, { incidentId: draft.id }))).toEqual({ reference: draft.reference });

    expect(await ctx.db.incident.count({ where: { id: draft.id } })).toBe(0);
    expect(await ctx.db.incidentEvent.count({ where: { incidentId: draft.id } })).toBe(0);
    expect(value(await listIncidents(ctx, people.dpo!, {})).items.map((item) => item.id)).not.toContain(draft.id);
    expect(value(await openObligations(ctx, people.dpo!)).items.some((item) => item.incidentId === draft.id)).toBe(false);
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "incident.draft_discard", incidentId: draft.id } });
    expect(JSON.parse(audit.detail)).toMatchObject({ reference: draft.reference });
    expect(audit.actorId).toBe((people.manager as { userId: string }).userId);
  });

  it("never hands a discarded draft's reference to a later incident", async () => {
    const newest = value(await createIncident(ctx, people.manager!, input("Printout left in the waiting room", false)));
    value(await discardDraft(ctx, people.manager!, { incidentId: newest.id }));
    const next = value(await createIncident(ctx, people.manager!, input("Fax to the wrong clinic", false)));
    expect(next.reference).not.toBe(newest.reference);
  });

  it("lets the DPO discard someone's draft, but not another manager or the lawyer", async () => {
    const draft = value(await createIncident(ctx, people.manager!, input("USB stick lost", false)));
    expect(await discardDraft(ctx, people.otherManager!, { incidentId: draft.id })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await discardDraft(ctx, people.lawyer!, { incidentId: draft.id })).toMatchObject({ ok: false, error: "forbidden" });
    value(await discardDraft(ctx, people.dpo!, { incidentId: draft.id }));
    expect(await ctx.db.incident.count({ where: { id: draft.id } })).toBe(0);
  });

  it("refuses a reported incident, naming the field, and deletes nothing", async () => {
    const reported = value(await createIncident(ctx, people.manager!, input("Letter in the wrong envelope", true)));
    const result = await discardDraft(ctx, people.dpo!, { incidentId: reported.id });
    expect(result).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "incidentId" }] });
    expect(await ctx.db.incident.count({ where: { id: reported.id } })).toBe(1);
    expect(await discardDraft(ctx, people.dpo!, { incidentId: "" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "incidentId" }],
    });
  });
});

describe("the register", () => {
  it("never lists or counts a draft", async () => {
    const draft = value(await createIncident(ctx, people.manager!, input("Draft: not a breach yet", false)));
    const reported = value(await createIncident(ctx, people.manager!, input("Reported breach", true)));
    const register = value(await queryRegister(ctx, people.dpo!, {}));
    const ids = register.rows.map((row) => row.incidentId);
    expect(ids).toContain(reported.id);
    expect(ids).not.toContain(draft.id);
    const reportedCount = await ctx.db.incident.count({ where: { organizationId: orgId, state: { not: "draft" } } });
    expect(register.statistics.reduce((sum, year) => sum + year.incidents, 0)).toBe(reportedCount);
  });
});
