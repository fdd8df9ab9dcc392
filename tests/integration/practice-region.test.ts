import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor, Role } from "@/lib/server/actor";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { createTestContext, type TestContext } from "./support/test-context";

/* The Land of a German practice decides its authority: one of its settings, set by an administrator, checked against the country. */
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

/** The Land through the practice's settings, as the settings page, `breachdesk org update --region` and the API send it. */
function setRegion(ctx: TestContext, actor: Actor, input: { organizationId: string; region: string }) {
  return updateOrganizationSettings(ctx, actor, input);
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
    const result = await setRegion(ctx, actor(german, "admin"), { organizationId: german, region: " de-by " });
    expect(result).toEqual({ ok: true, value: null });
    expect((await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).region).toBe("DE-BY");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { organizationId: german, action: "organization.update" } });
    expect(JSON.parse(audit.detail)).toEqual({ changed: { region: { before: null, after: "DE-BY" } } });
  });

  it("refuses a code that is not a Land of the practice's country, naming the field", async () => {
    const unknown = await setRegion(ctx, actor(german, "admin"), { organizationId: german, region: "DE-XX" });
    expect(unknown.ok).toBe(false);
    expect(!unknown.ok && unknown.error === "invalid" && unknown.fields).toEqual([
      { field: "region", problem: expect.stringMatching(/^must be one of DE-BW, DE-BY, .*such as DE-BY\)$/) },
    ]);
    const malformed = await setRegion(ctx, actor(german, "admin"), { organizationId: german, region: "Bavaria" });
    expect(!malformed.ok && malformed.error === "invalid" && malformed.fields).toEqual([
      { field: "region", problem: "must be a Land code such as DE-BY" },
    ]);
    const elsewhere = await setRegion(ctx, actor(french, "admin"), { organizationId: french, region: "DE-BY" });
    expect(!elsewhere.ok && elsewhere.error === "invalid" && elsewhere.fields).toEqual([
      { field: "region", problem: "must be empty: FR has one authority for the whole country" },
    ]);
    expect((await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).region).toBe("DE-BY");
  });

  it("is the administrators' alone; another practice's answer is not_found", async () => {
    expect(await setRegion(ctx, actor(german, "manager"), { organizationId: german, region: "DE-HH" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await setRegion(ctx, actor(french, "admin"), { organizationId: german, region: "DE-HH" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("clears it with an empty value", async () => {
    expect(await setRegion(ctx, actor(german, "admin"), { organizationId: german, region: "" })).toEqual({ ok: true, value: null });
    expect((await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).region).toBeNull();
  });

  it("is left behind when the practice moves to another country, unless a new one comes with it", async () => {
    const admin = actor(german, "admin");
    expect(await setRegion(ctx, admin, { organizationId: german, region: "DE-HH" })).toEqual({ ok: true, value: null });
    expect(await updateOrganizationSettings(ctx, admin, { organizationId: german, country: "AT", timeZone: "Europe/Vienna" })).toEqual({
      ok: true,
      value: null,
    });
    expect(await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).toMatchObject({ country: "AT", region: null });
    expect(await updateOrganizationSettings(ctx, admin, { organizationId: german, country: "DE", region: "DE-NW" })).toEqual({
      ok: true,
      value: null,
    });
    expect(await ctx.db.organization.findUniqueOrThrow({ where: { id: german } })).toMatchObject({ country: "DE", region: "DE-NW" });
  });
});
