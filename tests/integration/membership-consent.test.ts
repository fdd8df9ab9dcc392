import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, describeInvitation } from "@/lib/server/accounts/accept-invitation";
import { joinOrganization } from "@/lib/server/accounts/join-organization";
import { anonymous, cliOperator, type Actor, type Role } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { actorFromBearer } from "@/lib/server/auth/api-actor";
import { createSession, liveSessionUser } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { setUserDisabled } from "@/lib/server/users/disable-user";
import { listMembers } from "@/lib/server/users/list-members";
import { removeRole } from "@/lib/server/users/remove-role";
import { setMemberSuspended } from "@/lib/server/users/suspend-member";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Two practices share one person (an external DPO's assistant, say). Each practice's administrator acts on
 * that person's membership of their own practice only, and the person joins a practice only by accepting.
 */
let ctx: TestContext;
const orgs: Record<"a" | "b", string> = { a: "", b: "" };
const person = { email: "shared@example.org", password: "granite meadow bicycle oyster", id: "" };
let adminA: Actor;
let adminB: Actor;
let personActor: Actor;
let joinToken = "";

function value<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(JSON.stringify(result));
  return result.value;
}

/** The actor a browser session of this user gets on its next request. */
async function actorOf(userId: string): Promise<Actor | null> {
  const sessionId = await createSession(ctx.db, userId, ctx.now(), null, null);
  const user = await liveSessionUser(ctx.db, ctx.provider, sessionId, ctx.now());
  if (!user) return null;
  return {
    kind: "user",
    userId: user.id,
    email: user.email,
    memberships: user.memberships.map((m) => ({ organizationId: m.organizationId, role: m.role as Role })),
    ip: "198.51.100.7",
    via: "web",
  };
}

async function joinedAdmin(slug: string, email: string): Promise<Actor> {
  const token = value(await addMember(ctx, cliOperator, { organization: slug, email, role: "manager" }))
    .invitationLink.split("/")
    .pop()!;
  value(await acceptInvitation(ctx, anonymous("test", null), { token, name: email, password: "walnut harbour trumpet glacier" }));
  const user = await ctx.db.user.findUniqueOrThrow({ where: { email } });
  // Administrators need two-factor authentication: given here directly, the flow is tested elsewhere.
  await ctx.db.user.update({ where: { id: user.id }, data: { totpEnabledAt: ctx.now() } });
  await ctx.db.membership.create({
    data: { userId: user.id, organizationId: (await ctx.db.organization.findUniqueOrThrow({ where: { slug } })).id, role: "admin" },
  });
  return (await actorOf(user.id))!;
}

const orgIdsOf = (actor: Actor | null) => (actor?.kind === "user" ? actor.memberships.map((m) => m.organizationId).sort() : []);

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-06-01T09:00:00Z") });
  orgs.a = value(await createOrganization(ctx, cliOperator, { name: "Practice Alpha", slug: "alpha" })).id;
  orgs.b = value(await createOrganization(ctx, cliOperator, { name: "Practice Beta", slug: "beta" })).id;
  adminA = await joinedAdmin("alpha", "admin@alpha.example");
  adminB = await joinedAdmin("beta", "admin@beta.example");
  const token = value(await addMember(ctx, adminA, { organization: "alpha", email: person.email, role: "manager" }))
    .invitationLink.split("/")
    .pop()!;
  value(await acceptInvitation(ctx, anonymous("test", null), { token, name: "Sam Shared", password: person.password }));
  person.id = (await ctx.db.user.findUniqueOrThrow({ where: { email: person.email } })).id;
  personActor = (await actorOf(person.id))!;
});
afterAll(async () => ctx.close());

describe("joining another practice", () => {
  it("invites an existing account without giving it the role: nothing changes before the person accepts", async () => {
    const added = value(
      await addMember(ctx, adminB, { organization: "beta", email: person.email, role: "manager" }, { emailInvitation: true }),
    );
    expect(added).toMatchObject({ newAccount: false, pendingAcceptance: true });
    joinToken = added.invitationLink.split("/").pop()!;
    expect(await ctx.db.membership.count({ where: { userId: person.id, organizationId: orgs.b } })).toBe(0);
    expect(orgIdsOf(await actorOf(person.id))).toEqual([orgs.a]);
    const members = value(await listMembers(ctx, adminB, orgs.b));
    expect(members.find((m) => m.email === person.email)).toMatchObject({
      roles: [],
      invitedRoles: ["manager"],
      joined: false,
      lastSeenAt: null,
    });
  });

  it("does not let the link alone, or another signed-in person, accept for them", async () => {
    const anonymousTry = await acceptInvitation(ctx, anonymous("link holder", null), {
      token: joinToken,
      name: "X",
      password: "a different long passphrase",
    });
    expect(anonymousTry).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "token", problem: expect.stringContaining("sign in as shared@example.org") }],
    });
    expect(await joinOrganization(ctx, adminA, { token: joinToken })).toMatchObject({ ok: false, fields: [{ field: "token" }] });
    expect(await joinOrganization(ctx, anonymous("x", null), { token: joinToken })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await ctx.db.membership.count({ where: { userId: person.id, organizationId: orgs.b } })).toBe(0);
    expect(await describeInvitation(ctx, joinToken)).toMatchObject({ hasPassword: true, organizationName: "Practice Beta" });
  });

  it("adds the person once they accept, signed in, and records it in the joined practice", async () => {
    expect(await joinOrganization(ctx, personActor, { token: joinToken })).toMatchObject({
      ok: true,
      value: { organizationName: "Practice Beta", role: "manager" },
    });
    expect(orgIdsOf(await actorOf(person.id))).toEqual([orgs.a, orgs.b].sort());
    const accepted = await ctx.db.auditEntry.findMany({
      where: { action: "invitation.accept", actorId: person.id, organizationId: orgs.b },
    });
    expect(accepted).toHaveLength(1);
    expect(await joinOrganization(ctx, personActor, { token: joinToken })).toMatchObject({ ok: false, fields: [{ field: "token" }] });
  });

  it("gives a role needing two-factor authentication only to someone who uses it", async () => {
    const token = value(await addMember(ctx, adminB, { organization: "beta", email: person.email, role: "dpo" }))
      .invitationLink.split("/")
      .pop()!;
    expect(await describeInvitation(ctx, token)).toMatchObject({ needsTwoFactor: true });
    expect(await joinOrganization(ctx, personActor, { token })).toMatchObject({
      ok: false,
      fields: [{ field: "token", problem: expect.stringContaining("two-factor") }],
    });
    expect(await ctx.db.membership.count({ where: { userId: person.id, role: "dpo" } })).toBe(0);
  });

  it("refuses to invite someone to a role they already hold, naming the field", async () => {
    expect(await addMember(ctx, adminA, { organization: "alpha", email: person.email, role: "manager" })).toMatchObject({
      ok: false,
      fields: [{ field: "email" }],
    });
  });
});

describe("an administrator acts on their own practice only", () => {
  it("suspends the person in practice A only: practice B's access and audit trail are untouched", async () => {
    const auditInB = await ctx.db.auditEntry.count({ where: { organizationId: orgs.b } });
    expect(await setMemberSuspended(ctx, adminA, { organizationId: orgs.a, userId: person.id, suspended: true })).toMatchObject({
      ok: true,
    });
    expect(orgIdsOf(await actorOf(person.id))).toEqual([orgs.b]);
    expect(await ctx.db.auditEntry.count({ where: { organizationId: orgs.a, action: "member.suspend" } })).toBe(1);
    expect(await ctx.db.auditEntry.count({ where: { organizationId: orgs.b } })).toBe(auditInB);
    const listed = value(await listMembers(ctx, adminA, orgs.a)).find((m) => m.userId === person.id);
    expect(listed).toMatchObject({ suspended: true, disabled: false });
  });

  it("cannot restore or suspend the person in practice B", async () => {
    expect(await setMemberSuspended(ctx, adminB, { organizationId: orgs.b, userId: person.id, suspended: true })).toMatchObject({
      ok: true,
    });
    expect(orgIdsOf(await actorOf(person.id))).toEqual([]);
    expect(await setMemberSuspended(ctx, adminA, { organizationId: orgs.b, userId: person.id, suspended: false })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await setMemberSuspended(ctx, adminA, { organizationId: orgs.a, userId: person.id, suspended: false })).toMatchObject({
      ok: true,
    });
    // Restored in A by A's administrator; B's suspension stands.
    expect(orgIdsOf(await actorOf(person.id))).toEqual([orgs.a]);
    expect(await ctx.db.auditEntry.count({ where: { organizationId: orgs.b, action: "member.restore" } })).toBe(0);
    expect(await ctx.db.auditEntry.count({ where: { organizationId: orgs.a, action: "member.restore" } })).toBe(1);
  });

  it("applies the suspension to API tokens as well", async () => {
    const token = value(await createApiToken(ctx, cliOperator, { email: person.email })).token;
    const bearer = await actorFromBearer(ctx, `Bearer ${token}`, null);
    expect(orgIdsOf(bearer)).toEqual([orgs.a]);
  });

  it("cannot disable or re-enable the whole account: only the operator can", async () => {
    expect(await setUserDisabled(ctx, adminA, { userId: person.id, disabled: true })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await setUserDisabled(ctx, adminB, { userId: person.id, disabled: false })).toMatchObject({ ok: false, error: "forbidden" });
    expect((await ctx.db.user.findUniqueOrThrow({ where: { id: person.id } })).disabledAt).toBeNull();
    expect(await setUserDisabled(ctx, cliOperator, { email: person.email, disabled: true })).toMatchObject({ ok: true });
    expect(await actorOf(person.id)).toBeNull();
    // The operator's act is recorded in every practice the person belongs to.
    for (const organizationId of [orgs.a, orgs.b]) {
      expect(await ctx.db.auditEntry.count({ where: { organizationId, action: "user.disable" } })).toBe(1);
    }
    expect(await setUserDisabled(ctx, cliOperator, { email: "ghost@example.org", disabled: true })).toMatchObject({
      ok: false,
      fields: [{ field: "email" }],
    });
    expect(await setUserDisabled(ctx, cliOperator, { email: person.email, disabled: false })).toMatchObject({ ok: true });
  });

  it("cannot suspend themselves, nor remove a role in another practice", async () => {
    const self = adminA.kind === "user" ? adminA.userId : "";
    expect(await setMemberSuspended(ctx, adminA, { organizationId: orgs.a, userId: self, suspended: true })).toMatchObject({
      ok: false,
      fields: [{ field: "userId" }],
    });
    expect(await removeRole(ctx, adminA, { organizationId: orgs.b, userId: person.id, role: "manager" })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect(await setMemberSuspended(ctx, adminA, { organizationId: "", userId: person.id, suspended: true })).toMatchObject({
      ok: false,
      fields: [{ field: "organizationId" }],
    });
  });
});

describe("API tokens and two-factor authentication", () => {
  it("refuses a token to a DPO who has not set up two-factor authentication, naming what to do", async () => {
    const dpo = await ctx.db.user.create({
      data: { email: "legacy-dpo@alpha.example", name: "Legacy DPO", passwordHash: "set-by-the-person" },
    });
    await ctx.db.membership.create({ data: { userId: dpo.id, organizationId: orgs.a, role: "dpo" } });
    const self = (await actorOf(dpo.id))!;
    expect(await createApiToken(ctx, self, { email: dpo.email })).toMatchObject({
      ok: false,
      error: "forbidden",
      message: expect.stringContaining("two-factor"),
    });
    expect(await ctx.db.apiToken.count({ where: { userId: dpo.id } })).toBe(0);
    await ctx.db.user.update({ where: { id: dpo.id }, data: { totpEnabledAt: ctx.now() } });
    expect(await createApiToken(ctx, self, { email: dpo.email })).toMatchObject({ ok: true });
  });
});
