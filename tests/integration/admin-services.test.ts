import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findFirstChainProblem } from "@/lib/domain/audit/chain";
import { cliOperator, type Actor } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { secretDigest } from "@/lib/server/secure-token";
import { issueFirstAdminLink } from "@/lib/server/setup/first-admin-link";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());

async function auditChain() {
  const rows = await ctx.db.auditEntry.findMany({ orderBy: { seq: "asc" } });
  return rows.map((row) => ({ ...row, at: row.at.toISOString() }));
}

describe("organisations", () => {
  it("creates an organisation with a slug derived from its name, and audits it", async () => {
    const result = await createOrganization(ctx, cliOperator, { name: "Cabinet Médical Dupont", country: "fr" });
    expect(result).toMatchObject({ ok: true, value: { slug: "cabinet-medical-dupont", country: "FR", timeZone: "Europe/Paris" } });
    const entries = await ctx.db.auditEntry.findMany({ where: { action: "organization.create" } });
    expect(entries).toHaveLength(1);
    expect(entries[0]!.actorLabel).toBe("cli");
  });

  it("gives a second organisation of the same name a distinct slug", async () => {
    const again = await createOrganization(ctx, cliOperator, { name: "Cabinet Médical Dupont" });
    expect(again.ok && again.value.slug).toBe("cabinet-medical-dupont-2");
  });

  it("names the field when the input is bad, and writes nothing", async () => {
    const before = await ctx.db.organization.count();
    const result = await createOrganization(ctx, cliOperator, { name: "X", timeZone: "Mars/Olympus" });
    expect(result).toMatchObject({ ok: false, error: "invalid" });
    if (!result.ok && result.error === "invalid") {
      expect(result.fields.map((f) => f.field).sort()).toEqual(["name", "timeZone"]);
    }
    expect(await ctx.db.organization.count()).toBe(before);
  });

  it("refuses a signed-in user: only the operator creates tenants", async () => {
    const user: Actor = { kind: "user", userId: "u1", email: "a@b.c", memberships: [], ip: null, via: "web" };
    expect(await createOrganization(ctx, user, { name: "Rogue Practice" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("members and invitations", () => {
  it("creates the account without a password, the membership, and a one-time link stored only as a hash", async () => {
    const result = await addMember(ctx, cliOperator, { organization: "cabinet-medical-dupont", email: "DPO@Example.org", role: "dpo" });
    if (!result.ok) throw new Error(JSON.stringify(result));
    expect(result.value.email).toBe("dpo@example.org");
    expect(result.value.invitationLink).toMatch(/^https:\/\/breachdesk\.test\/invite\/bdinv_[A-Za-z0-9_-]{43}$/);
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: "dpo@example.org" }, include: { memberships: true } });
    expect(user.passwordHash).toBeNull();
    expect(user.memberships.map((m) => m.role)).toEqual(["dpo"]);
    const token = result.value.invitationLink.split("/").pop()!;
    const invitations = await ctx.db.invitation.findMany({ where: { email: "dpo@example.org" } });
    expect(invitations).toHaveLength(1);
    expect(invitations[0]!.tokenHash).toBe(secretDigest(token));
    expect(JSON.stringify(invitations)).not.toContain(token);
    expect(invitations[0]!.expiresAt.getTime() - ctx.now().getTime()).toBe(72 * 3_600_000);
  });

  it("invites the same person (an external DPO) to a second organisation without a second account, pending their acceptance", async () => {
    const result = await addMember(ctx, cliOperator, { organization: "cabinet-medical-dupont-2", email: "dpo@example.org", role: "dpo" });
    expect(result).toMatchObject({ ok: true, value: { newAccount: false, pendingAcceptance: true } });
    expect(await ctx.db.user.count({ where: { email: "dpo@example.org" } })).toBe(1);
    expect(await ctx.db.membership.count({ where: { user: { email: "dpo@example.org" } } })).toBe(1);
  });

  it("rejects an unknown organisation and an unknown role, naming each field", async () => {
    const unknownOrg = await addMember(ctx, cliOperator, { organization: "nowhere", email: "x@example.org", role: "dpo" });
    expect(unknownOrg).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "organization" }] });
    const badRole = await addMember(ctx, cliOperator, {
      organization: "cabinet-medical-dupont",
      email: "x@example.org",
      role: "owner" as "dpo",
    });
    expect(badRole).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "role" }] });
    expect(await ctx.db.user.count({ where: { email: "x@example.org" } })).toBe(0);
  });

  it("hides another organisation from a user who administers only their own", async () => {
    const org = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "cabinet-medical-dupont" } });
    const admin: Actor = {
      kind: "user",
      userId: "admin-1",
      email: "admin@example.org",
      memberships: [{ organizationId: org.id, role: "admin" }],
      ip: "127.0.0.1",
      via: "web",
    };
    const other = await addMember(ctx, admin, { organization: "cabinet-medical-dupont-2", email: "y@example.org", role: "manager" });
    expect(other).toMatchObject({ ok: false, error: "not_found" });
  });
});

describe("API tokens", () => {
  it("returns the token once and stores only its hash, with the expiry asked for", async () => {
    const result = await createApiToken(ctx, cliOperator, { email: "dpo@example.org", expiresDays: 7 });
    if (!result.ok) throw new Error(JSON.stringify(result));
    const stored = await ctx.db.apiToken.findUniqueOrThrow({ where: { id: result.value.id } });
    expect(stored.tokenHash).toBe(secretDigest(result.value.token));
    expect(stored.tokenHash).not.toContain(result.value.token);
    expect(stored.expiresAt!.getTime() - ctx.now().getTime()).toBe(7 * 86_400_000);
  });

  it("refuses an unknown e-mail and a user asking for someone else's token", async () => {
    expect(await createApiToken(ctx, cliOperator, { email: "ghost@example.org" })).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "email" }],
    });
    const user: Actor = { kind: "user", userId: "u", email: "other@example.org", memberships: [], ip: null, via: "api" };
    expect(await createApiToken(ctx, user, { email: "dpo@example.org" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("first administrator", () => {
  it("issues a one-time set-up link while no administrator has an account, withdrawing earlier links", async () => {
    const first = await issueFirstAdminLink(ctx, cliOperator);
    const second = await issueFirstAdminLink(ctx, cliOperator);
    expect(first).toMatchObject({ ok: true, value: { administratorExists: false } });
    expect(second).toMatchObject({ ok: true, value: { administratorExists: false } });
    const live = await ctx.db.invitation.count({ where: { purpose: "first-admin", expiresAt: { gt: ctx.now() } } });
    expect(live).toBe(1);
  });

  it("issues no more links once an administrator has set a password", async () => {
    const org = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "cabinet-medical-dupont" } });
    const user = await ctx.db.user.create({ data: { email: "root@example.org", name: "Root", passwordHash: "set-by-the-person" } });
    await ctx.db.membership.create({ data: { userId: user.id, organizationId: org.id, role: "admin" } });
    expect(await issueFirstAdminLink(ctx, cliOperator)).toMatchObject({ ok: true, value: { administratorExists: true } });
  });
});

describe("audit chain", () => {
  it("links every entry written so far into one valid chain", async () => {
    const chain = await auditChain();
    expect(chain.length).toBe(7);
    expect(chain.map((entry) => entry.seq)).toEqual(chain.map((_, index) => index + 1));
    expect(findFirstChainProblem(chain)).toBeNull();
  });

  it("keeps the chain whole when many changes are written at once", async () => {
    const results = await Promise.all(
      Array.from({ length: 16 }, (_, index) => createOrganization(ctx, cliOperator, { name: `Parallel Practice ${index}` })),
    );
    expect(results.every((result) => result.ok)).toBe(true);
    const chain = await auditChain();
    expect(chain.map((entry) => entry.seq)).toEqual(chain.map((_, index) => index + 1));
    expect(findFirstChainProblem(chain)).toBeNull();
  });

  it("names the entry whose row was changed by hand", async () => {
    const target = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "member.add" }, orderBy: { seq: "asc" } });
    await ctx.db.auditEntry.update({ where: { id: target.id }, data: { detail: '{"email":"someone-else@example.org"}' } });
    expect(findFirstChainProblem(await auditChain())).toEqual({ kind: "hash_mismatch", seq: target.seq, id: target.id });
  });
});
