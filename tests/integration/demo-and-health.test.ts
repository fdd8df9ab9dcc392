import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { breachFactsSchema } from "@/lib/schemas/breach-facts";
import { cliOperator } from "@/lib/server/actor";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { createDemoPractice } from "@/lib/server/demo/create-demo";
import { createTestContext, type TestContext } from "./support/test-context";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

describe("demo practice", () => {
  it("creates one person per role with invitation links and incidents in several states", async () => {
    const result = await createDemoPractice(ctx, cliOperator);
    if (!result.ok) throw new Error(JSON.stringify(result));
    const demo = result.value;
    expect(demo.people.map((p) => p.role).sort()).toEqual(["admin", "dpo", "lawyer", "manager"]);
    for (const person of demo.people) expect(person.invitationLink).toMatch(/\/invite\/bdinv_/);
    const users = await ctx.db.user.findMany({ where: { email: { in: demo.people.map((p) => p.email) } } });
    expect(users.every((user) => user.passwordHash === null)).toBe(true);
    const states = new Set(demo.incidents.map((incident) => incident.state));
    expect(states.size).toBeGreaterThanOrEqual(4);
    const references = demo.incidents.map((incident) => incident.reference);
    for (const reference of references) expect(reference).toMatch(/^BD-\d{4}-\d{4}$/);
    expect(new Set(references).size).toBe(references.length);
  });

  it("stores descriptions encrypted, readable only through the key", async () => {
    const incidents = await ctx.db.incident.findMany();
    expect(incidents.length).toBe(5);
    for (const incident of incidents) {
      expect(incident.description.startsWith("enc2:")).toBe(true);
      expect(incident.description).not.toMatch(/patient|server|laptop/i);
      expect(unseal(incident.description, at("incident", "description", incident.id)).length).toBeGreaterThan(20);
      expect(breachFactsSchema.safeParse(JSON.parse(incident.facts)).success).toBe(true);
    }
  });

  it("creates a second, separate demo practice when run again", async () => {
    const again = await createDemoPractice(ctx, cliOperator);
    expect(again).toMatchObject({ ok: true, value: { organization: { slug: "demo-practice-2" } } });
    expect(await ctx.db.incident.count()).toBe(10);
  });
});
