import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { incidentDtoSchema } from "@/lib/schemas/answers/incident-dto";
import type { Actor } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { getIncident } from "@/lib/server/incidents/get-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { createTestContext, type TestContext } from "./support/test-context";
import { misdirectedResults } from "./support/facts";
import { value } from "./support/value";

/*
 * Creating and changing an incident answer with what they have just written instead of reading the row back
 * in the same transaction: that answer must be exactly what a later read gives, to the JSON text (the same
 * members, in the same order), for a full report, a bare draft and a change of every kind of field.
 */
let ctx: TestContext;
let manager: Actor;
let dpoId = "";

/** The incident as a read answers it, checked against the DTO schema the OpenAPI document is made from. */
async function asRead(id: string): Promise<string> {
  const read = value(await getIncident(ctx, manager, { incidentId: id }));
  expect(incidentDtoSchema.strict().parse(read)).toEqual(read);
  return JSON.stringify(read);
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-03-30T12:00:00Z") });
  const org = await ctx.db.organization.create({ data: { slug: "practice-a", name: "Practice A" }, select: { id: true } });
  const user = await ctx.db.user.create({ data: { email: "manager@example.org", name: "Manager" } });
  await ctx.db.membership.create({ data: { userId: user.id, organizationId: org.id, role: "manager" } });
  const dpo = await ctx.db.user.create({ data: { email: "dpo@example.org", name: "DPO" } });
  await ctx.db.membership.create({ data: { userId: dpo.id, organizationId: org.id, role: "dpo" } });
  dpoId = dpo.id;
  manager = {
    kind: "user",
    userId: user.id,
    email: "manager@example.org",
    memberships: [{ organizationId: org.id, role: "manager" }],
    ip: "127.0.0.1",
    via: "web",
  };
});
afterAll(async () => ctx.close());

describe("the answer of a write", () => {
  it("is the incident as a read gives it, for a full report", async () => {
    const created = value(
      await createIncident(ctx, manager, {
        title: "  Lab results sent to the wrong patient  ",
        description: "Blood test results were e-mailed to another patient.",
        occurredAt: "2026-03-26T08:00:00+01:00",
        discoveredAt: "2026-03-27T09:00:00+01:00",
        awareAt: "2026-03-27T09:30:00+01:00",
        timeZone: "Europe/Paris",
        facts: misdirectedResults(),
        discoveryMethod: "The recipient phoned us.",
        containment: "The recipient confirmed deletion.",
        ongoing: false,
        containedAt: "2026-03-27T10:00:00+01:00",
        assumedFacts: ["facts.encryption"],
        submit: true,
      }),
    );
    expect(JSON.stringify(created)).toBe(await asRead(created.id));
  });

  it("is the incident as a read gives it, for a bare draft and for a change of every kind of field", async () => {
    const draft = value(
      await createIncident(ctx, manager, { title: "Stolen laptop", awareAt: "2026-03-28T07:15:00Z", timeZone: "Europe/Paris" }),
    );
    expect(JSON.stringify(draft)).toBe(await asRead(draft.id));

    const changed = value(
      await updateIncident(ctx, manager, {
        incidentId: draft.id,
        version: draft.version,
        title: "Stolen laptop (encrypted)",
        description: "Taken from the car park.",
        discoveredAt: "2026-03-28T06:50:00Z",
        containment: null,
        ongoing: null,
        facts: { breachTypes: ["confidentiality"], subjects: { count: 12 } },
        regimes: ["gdpr", "nis2"],
        dpoId,
      }),
    );
    expect(changed.version).toBe(2);
    expect(JSON.stringify(changed)).toBe(await asRead(draft.id));
  });
});
