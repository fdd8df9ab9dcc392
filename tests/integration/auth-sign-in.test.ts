import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { acceptInvitation, describeInvitation } from "@/lib/server/accounts/accept-invitation";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { anonymous, cliOperator } from "@/lib/server/actor";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { actorFromBearer } from "@/lib/server/auth/api-actor";
import { createSession, liveSessionUser, revokeAllSessions } from "@/lib/server/auth/sessions";
import { verifySignIn } from "@/lib/server/auth/verify-sign-in";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { setUserDisabled } from "@/lib/server/users/disable-user";
import { createTestContext, type TestContext } from "./support/test-context";

let ctx: TestContext;
const visitor = anonymous("test", "203.0.113.9");
const managerPassword = "plum tractor lantern seventy";
const dpoPassword = "orbit velvet cactus hammock";
let dpoSecret = "";

function advance(seconds: number) {
  ctx.clock.now = new Date(ctx.clock.now.getTime() + seconds * 1000);
}

async function invite(email: string, role: "manager" | "dpo" | "admin") {
  const added = await addMember(ctx, cliOperator, { organization: "cabinet-martin", email, role });
  if (!added.ok) throw new Error(JSON.stringify(added));
  return added.value.invitationLink.split("/").pop()!;
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-05-04T08:00:00Z") });
  await createOrganization(ctx, cliOperator, { name: "Cabinet Martin" });
  await addMember(ctx, cliOperator, { organization: "cabinet-martin", email: "admin@martin.example", role: "admin" });
});
afterAll(async () => ctx.close());

describe("joining through an invitation", () => {
  it("refuses weak passwords, naming the field and the reason, and keeps the link usable", async () => {
    const token = await invite("manager@martin.example", "manager");
    for (const [password, reason] of [
      ["short pass", /at least 12/],
      ["password1234", /commonly used/],
      ["manager@martin.example!!", /e-mail/],
      ["cabinetmartin2026", /organisation/],
    ] as const) {
      const result = await acceptInvitation(ctx, visitor, { token, name: "Marie", password });
      expect(result).toMatchObject({
        ok: false,
        error: "invalid",
        fields: expect.arrayContaining([{ field: "password", problem: expect.stringMatching(reason) }]),
      });
    }
    expect(await describeInvitation(ctx, token)).not.toBeNull();
    const accepted = await acceptInvitation(ctx, visitor, { token, name: "Marie Laurent", password: managerPassword });
    expect(accepted).toMatchObject({ ok: true, value: { recoveryCodes: null } });
    const again = await acceptInvitation(ctx, visitor, { token, name: "Marie Laurent", password: managerPassword });
    expect(again).toMatchObject({ ok: false, fields: [{ field: "token" }] });
  });

  it("makes a DPO set up two-factor authentication before the account works, and shows recovery codes once", async () => {
    const token = await invite("dpo@martin.example", "dpo");
    expect(await describeInvitation(ctx, token)).toMatchObject({ needsTwoFactor: true });
    const setup = await newTwoFactorSetup("dpo@martin.example");
    const withoutCode = await acceptInvitation(ctx, visitor, { token, name: "Jan", password: dpoPassword });
    expect(withoutCode).toMatchObject({ ok: false, fields: [{ field: "totpCode" }] });
    const wrongCode = await acceptInvitation(ctx, visitor, {
      token,
      name: "Jan",
      password: dpoPassword,
      totpSecret: setup.sealedSecret,
      totpCode: "000000" === codeForStep(setup.secret, timeStep(ctx.now())) ? "111111" : "000000",
    });
    expect(wrongCode).toMatchObject({ ok: false, fields: [{ field: "totpCode" }] });
    const code = codeForStep(setup.secret, timeStep(ctx.now()));
    const accepted = await acceptInvitation(ctx, visitor, {
      token,
      name: "Jan Novák",
      password: dpoPassword,
      totpSecret: setup.sealedSecret,
      totpCode: code,
    });
    if (!accepted.ok) throw new Error(JSON.stringify(accepted));
    expect(accepted.value.recoveryCodes).toHaveLength(10);
    const stored = await ctx.db.user.findUniqueOrThrow({ where: { email: "dpo@martin.example" } });
    expect(stored.totpSecret).toMatch(/^enc2:/);
    expect(stored.recoveryCodes).not.toContain(accepted.value.recoveryCodes![0]!);
    expect(stored.passwordHash).toMatch(/^\$argon2id\$/);
    dpoSecret = setup.secret;
    (globalThis as { recovery?: string[] }).recovery = accepted.value.recoveryCodes!;
  });
});

describe("signing in", () => {
  it("lets the manager in with the right password and answers the same for unknown and wrong", async () => {
    expect(await verifySignIn(ctx, { email: "Manager@Martin.example", password: managerPassword, ip: "198.51.100.1" })).toMatchObject({
      ok: true,
    });
    expect(await verifySignIn(ctx, { email: "manager@martin.example", password: "wrong wrong wrong", ip: "198.51.100.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
    expect(await verifySignIn(ctx, { email: "nobody@martin.example", password: managerPassword, ip: "198.51.100.1" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("asks the DPO for a code, accepts a fresh one once, and refuses its replay", async () => {
    advance(120);
    expect(await verifySignIn(ctx, { email: "dpo@martin.example", password: dpoPassword, ip: "198.51.100.2" })).toEqual({
      ok: false,
      reason: "code_required",
    });
    const code = codeForStep(dpoSecret, timeStep(ctx.now()));
    expect(await verifySignIn(ctx, { email: "dpo@martin.example", password: dpoPassword, code, ip: "198.51.100.2" })).toMatchObject({
      ok: true,
    });
    expect(await verifySignIn(ctx, { email: "dpo@martin.example", password: dpoPassword, code, ip: "198.51.100.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("accepts each recovery code once", async () => {
    const [first] = (globalThis as { recovery?: string[] }).recovery!;
    expect(await verifySignIn(ctx, { email: "dpo@martin.example", password: dpoPassword, code: first!, ip: "198.51.100.2" })).toMatchObject(
      { ok: true },
    );
    expect(await verifySignIn(ctx, { email: "dpo@martin.example", password: dpoPassword, code: first!, ip: "198.51.100.2" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("throttles 20 wrong passwords, never lets them in, and lets the owner in once the lock ends", async () => {
    advance(3600);
    const outcomes = [];
    for (let attempt = 0; attempt < 20; attempt++) {
      outcomes.push(await verifySignIn(ctx, { email: "manager@martin.example", password: `guess number ${attempt}!`, ip: "192.0.2.66" }));
      advance(1);
    }
    expect(outcomes.some((outcome) => outcome.ok)).toBe(false);
    const throttled = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled");
    expect(throttled.length).toBeGreaterThanOrEqual(10);
    // Even the right password waits while the lock lasts.
    expect(await verifySignIn(ctx, { email: "manager@martin.example", password: managerPassword, ip: "192.0.2.1" })).toMatchObject({
      ok: false,
      reason: "throttled",
    });
    advance(15 * 60 + 1);
    expect(await verifySignIn(ctx, { email: "manager@martin.example", password: managerPassword, ip: "192.0.2.1" })).toMatchObject({
      ok: true,
    });
  });

  it("throttles an unknown e-mail exactly like a real one", async () => {
    const results = [];
    for (let attempt = 0; attempt < 8; attempt++) {
      results.push(await verifySignIn(ctx, { email: "ghost@martin.example", password: `nope ${attempt}`, ip: `192.0.2.${attempt + 100}` }));
    }
    expect(results.filter((r) => !r.ok && r.reason === "throttled").length).toBeGreaterThan(0);
  });

  it("audits every attempt without the password", async () => {
    const entries = await ctx.db.auditEntry.findMany({ where: { action: { startsWith: "signin." } } });
    expect(entries.length).toBeGreaterThanOrEqual(30);
    expect(new Set(entries.map((e) => e.action))).toEqual(
      new Set(["signin.success", "signin.failure", "signin.throttled", "signin.code_required"]),
    );
    expect(JSON.stringify(entries)).not.toContain(managerPassword);
    expect(entries.find((e) => e.action === "signin.failure")?.ip).toBeTruthy();
  });
});

describe("sessions and tokens", () => {
  it("ends sessions after the idle timeout and on sign out everywhere", async () => {
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: "manager@martin.example" } });
    const sessionId = await createSession(ctx.db, user.id, ctx.now(), null, null);
    expect(await liveSessionUser(ctx.db, ctx.provider, sessionId, ctx.now())).not.toBeNull();
    advance(31 * 60);
    expect(await liveSessionUser(ctx.db, ctx.provider, sessionId, ctx.now())).toBeNull();
    const second = await createSession(ctx.db, user.id, ctx.now(), null, null);
    await revokeAllSessions(ctx.db, user.id, ctx.now());
    expect(await liveSessionUser(ctx.db, ctx.provider, second, ctx.now())).toBeNull();
  });

  it("stops a disabled user's session and API token at the next request", async () => {
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: "manager@martin.example" } });
    const sessionId = await createSession(ctx.db, user.id, ctx.now(), null, null);
    const token = await createApiToken(ctx, cliOperator, { email: "manager@martin.example" });
    if (!token.ok) throw new Error("no token");
    const bearer = `Bearer ${token.value.token}`;
    expect(await actorFromBearer(ctx, bearer, null)).toMatchObject({ kind: "user", email: "manager@martin.example" });
    const org = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "cabinet-martin" } });
    const adminUser = await ctx.db.user.findUniqueOrThrow({ where: { email: "admin@martin.example" } });
    const admin = {
      kind: "user" as const,
      userId: adminUser.id,
      email: adminUser.email,
      memberships: [{ organizationId: org.id, role: "admin" as const }],
      ip: null,
      via: "web" as const,
    };
    // A whole account is the operator's to disable; the practice's administrator may not.
    expect(await setUserDisabled(ctx, admin, { userId: user.id, disabled: true })).toMatchObject({ ok: false, error: "forbidden" });
    expect(await setUserDisabled(ctx, cliOperator, { userId: user.id, disabled: true })).toMatchObject({ ok: true });
    expect(await liveSessionUser(ctx.db, ctx.provider, sessionId, ctx.now())).toBeNull();
    expect(await actorFromBearer(ctx, bearer, null)).toBeNull();
    expect(await verifySignIn(ctx, { email: "manager@martin.example", password: managerPassword, ip: "192.0.2.9" })).toEqual({
      ok: false,
      reason: "invalid",
    });
  });

  it("refuses unknown, revoked and expired tokens", async () => {
    expect(await actorFromBearer(ctx, "Bearer bdt_not-a-real-token", null)).toBeNull();
    const token = await createApiToken(ctx, cliOperator, { email: "dpo@martin.example", expiresDays: 1 });
    if (!token.ok) throw new Error("no token");
    expect(await actorFromBearer(ctx, `Bearer ${token.value.token}`, null)).not.toBeNull();
    advance(86_400 + 1);
    expect(await actorFromBearer(ctx, `Bearer ${token.value.token}`, null)).toBeNull();
  });
});
