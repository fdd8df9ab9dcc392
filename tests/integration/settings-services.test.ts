import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listMyApiTokens, revokeApiToken } from "@/lib/server/api-tokens/manage-api-tokens";
import { actorFromBearer } from "@/lib/server/auth/api-actor";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { listMyOrganizations } from "@/lib/server/organizations/list-my-organizations";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { addMember } from "@/lib/server/users/add-member";
import { listMembers } from "@/lib/server/users/list-members";
import { removeRole } from "@/lib/server/users/remove-role";
import { createTestContext, type TestContext } from "./support/test-context";

let ctx: TestContext;
let admin: Actor;
let orgA = "";
let orgB = "";

beforeAll(async () => {
  ctx = await createTestContext();
  const a = await createOrganization(ctx, cliOperator, { name: "Praxis Alpha" });
  const b = await createOrganization(ctx, cliOperator, { name: "Praxis Beta" });
  if (!a.ok || !b.ok) throw new Error("setup");
  orgA = a.value.id;
  orgB = b.value.id;
  const added = await addMember(ctx, cliOperator, { organization: "praxis-alpha", email: "admin@alpha.example", role: "admin" });
  if (!added.ok) throw new Error("setup");
  admin = {
    kind: "user",
    userId: added.value.userId,
    email: "admin@alpha.example",
    memberships: [{ organizationId: orgA, role: "admin" }],
    ip: "127.0.0.1",
    via: "web",
  };
});
afterAll(async () => ctx.close());

describe("people and settings", () => {
  it("e-mails the invitation link through the outbox, in the same transaction", async () => {
    const result = await addMember(
      ctx,
      admin,
      { organization: "praxis-alpha", email: "new@alpha.example", role: "manager" },
      { emailInvitation: true },
    );
    if (!result.ok) throw new Error(JSON.stringify(result));
    const queued = await ctx.db.outboxMessage.findMany({ where: { kind: "email" } });
    expect(queued).toHaveLength(1);
    expect(queued[0]!.payload).not.toContain("new@alpha.example");
    const payload = JSON.parse(unseal(queued[0]!.payload, at("outboxMessage", "payload", queued[0]!.id)));
    expect(payload.to).toBe("new@alpha.example");
    expect(payload.text).toContain(result.value.invitationLink);
  });

  it("lists the members of the administrator's organisation, and hides another one", async () => {
    const members = await listMembers(ctx, admin, orgA);
    if (!members.ok) throw new Error("list");
    expect(members.value.map((m) => m.email).sort()).toEqual(["admin@alpha.example", "new@alpha.example"]);
    expect(members.value.find((m) => m.email === "new@alpha.example")).toMatchObject({ joined: false, roles: ["manager"] });
    expect(await listMembers(ctx, admin, orgB)).toMatchObject({ ok: false, error: "not_found" });
  });

  it("removes a role but never the last administrator", async () => {
    const newcomer = await ctx.db.user.findUniqueOrThrow({ where: { email: "new@alpha.example" } });
    expect(await removeRole(ctx, admin, { organizationId: orgA, userId: newcomer.id, role: "manager" })).toMatchObject({ ok: true });
    expect(await ctx.db.membership.count({ where: { userId: newcomer.id } })).toBe(0);
    expect(
      await removeRole(ctx, admin, { organizationId: orgA, userId: admin.kind === "user" ? admin.userId : "", role: "admin" }),
    ).toMatchObject({
      ok: false,
      fields: [{ field: "role" }],
    });
    expect(await ctx.db.auditEntry.count({ where: { action: "member.role_removed" } })).toBe(1);
  });

  it("updates the practice details and audits what changed", async () => {
    const bad = await updateOrganizationSettings(ctx, admin, {
      organizationId: orgA,
      name: "Praxis Alpha",
      country: "Deutschland",
      timeZone: "Europe/Berlin",
      regimes: [],
    });
    expect(bad).toMatchObject({ ok: false, error: "invalid" });
    if (!bad.ok && bad.error === "invalid") expect(bad.fields.map((f) => f.field).sort()).toEqual(["country", "regimes"]);
    const good = await updateOrganizationSettings(ctx, admin, {
      organizationId: orgA,
      name: "Praxis Alpha",
      country: "de",
      timeZone: "Europe/Berlin",
      dpoName: "Dr. Datenschutz",
      dpoEmail: "dpo@alpha.example",
      regimes: ["gdpr", "nis2"],
    });
    expect(good).toMatchObject({ ok: true });
    const [org] = await listMyOrganizations(ctx, admin);
    expect(org).toMatchObject({ country: "DE", timeZone: "Europe/Berlin", dpoEmail: "dpo@alpha.example", regimes: ["gdpr", "nis2"] });
    const entry = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "organization.update" } });
    expect(JSON.parse(entry.detail).changed.country).toEqual({ before: "FR", after: "DE" });
    expect(
      await updateOrganizationSettings(ctx, admin, {
        organizationId: orgB,
        name: "Taken over",
        country: "FR",
        timeZone: "Europe/Paris",
        regimes: ["gdpr"],
      }),
    ).toMatchObject({
      ok: false,
      error: "not_found",
    });
  });

  it("lists a person's own tokens without the secret, and revocation works at the next request", async () => {
    // An administrator creates tokens only once they use two-factor authentication (tested in membership-consent).
    await ctx.db.user.update({ where: { email: "admin@alpha.example" }, data: { totpEnabledAt: ctx.now() } });
    const created = await createApiToken(ctx, admin, { email: "admin@alpha.example", name: "Integration" });
    if (!created.ok) throw new Error("token");
    const listed = await listMyApiTokens(ctx, admin);
    expect(listed.ok && listed.value).toEqual([
      expect.objectContaining({ name: "Integration", revoked: false, prefix: created.value.token.slice(0, 10) }),
    ]);
    expect(JSON.stringify(listed)).not.toContain(created.value.token);
    expect(await actorFromBearer(ctx, `Bearer ${created.value.token}`, null)).not.toBeNull();
    expect(await revokeApiToken(ctx, admin, created.value.id)).toMatchObject({ ok: true });
    expect(await actorFromBearer(ctx, `Bearer ${created.value.token}`, null)).toBeNull();
    const stranger: Actor = { kind: "user", userId: "someone-else", email: "x@y.example", memberships: [], ip: null, via: "web" };
    expect(await revokeApiToken(ctx, stranger, created.value.id)).toMatchObject({ ok: false, error: "not_found" });
  });
});
