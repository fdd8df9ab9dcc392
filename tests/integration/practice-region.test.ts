import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { setPracticeRegion } from "@/lib/server/organizations/set-practice-region";
import { createTestContext, type TestContext } from "./support/test-context";

/* The Land of a German practice decides its authority: set by an administrator, checked against the country. */
let ctx: TestContext;
let german: string;
let french: string;

function actor(organizationId: string, role: Role): Actor {
  return {
    kind: "user",
    userId: `user-${role}`,
    email: `${role}@example.org`,
    memberships: [{ organizationId, role }],
    ip: null,
    via: "web",
  };
}

beforeAll(async () => {
  ctx = await createTestContext();
  german = (
    await ctx.db.organization.create({
      data: { slug: "praxis-muenchen", name: "Praxis München", country: "DE", timeZone: "Europe/Berlin" },
    })
  ).id;
  french = (await ctx.db.organization.create({ data: { slug: "cabinet-paris", name: "Cabinet Paris", country: "FR" } })).id;
});
afterAll(async () => ctx.close());

describe("setting a practice's Land", () => {
  it("an administrator sets it, however typed; it is stored as ISO 3166-2 and audited", async () => {
    const result = await setPracticeRegion(ctx, actor(german, "admin"), { organizationId: german, region: " de-by " });
    expect(result).toEqual({ ok: true, value: { region: "DE-BY" } });
    expect((await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).region).toBe("DE-BY");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { organizationId: german, action: "organization.update" } });
    expect(JSON.parse(audit.detail)).toEqual({ changed: { region: { before: null, after: "DE-BY" } } });
  });

  it("refuses a code that is not a Land of the practice's country, naming the field", async () => {
    const unknown = await setPracticeRegion(ctx, actor(german, "admin"), { organizationId: german, region: "DE-XX" });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.error === "invalid" && unknown.fields).toEqual([
      { field: "region", problem: expect.stringMatching(/^must be one of DE-BW, DE-BY, .*such as DE-BY\)$/) },
    ]);
    const malformed = await setPracticeRegion(ctx, actor(german, "admin"), { organizationId: german, region: "Bavaria" });
    expect(!malformed.ok && malformed.error === "invalid" && malformed.fields).toEqual([
      { field: "region", problem: "must be a Land code such as DE-BY" },
    ]);
    const elsewhere = await setPracticeRegion(ctx, actor(french, "admin"), { organizationId: french, region: "DE-BY" });
    expect(!elsewhere.ok && elsewhere.error === "invalid" && elsewhere.fields).toEqual([
      { field: "region", problem: "must be empty: FR has one authority for the whole country" },
    ]);
    expect((await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).region).toBe("DE-BY");
  });

  it("is the administrators' alone; another practice's answer is not_found", async () => {
    expect(await setPracticeRegion(ctx, actor(german, "manager"), { organizationId: german, region: "DE-HH" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await setPracticeRegion(ctx, actor(french, "admin"), { organizationId: german, region: "DE-HH" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("clears it with an empty value", async () => {
    expect(await setPracticeRegion(ctx, actor(german, "admin"), { organizationId: german, region: "" })).toEqual({
      ok: true,
      value: { region: null },
    });
  });
});
