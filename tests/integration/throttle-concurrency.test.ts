import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { acceptInvitation } from "@/lib/server/accounts/accept-invitation";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { anonymous, cliOperator } from "@/lib/server/actor";
import { verifySignIn } from "@/lib/server/auth/verify-sign-in";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The policy allows five free failures, then a delay: six passwords checked before the first wait. That
 * must hold when the guesses arrive all at once, on SQLite and on PostgreSQL alike.
 */
let ctx: TestContext;
const password = "saffron lighthouse pebble tundra";
let secret = "";

async function join(email: string, role: "manager" | "dpo") {
  const added = await addMember(ctx, cliOperator, { organization: "praxis-parallel", email, role });
  if (!added.ok) throw new Error(JSON.stringify(added));
  const token = added.value.invitationLink.split("/").pop()!;
  const setup = role === "dpo" ? await newTwoFactorSetup(email) : null;
  const accepted = await acceptInvitation(ctx, anonymous("test", null), {
    token,
    name: email,
    password,
    ...(setup ? { totpSecret: setup.sealedSecret, totpCode: codeForStep(setup.secret, timeStep(ctx.now())) } : {}),
  });
  if (!accepted.ok) throw new Error(JSON.stringify(accepted));
  if (setup) secret = setup.secret;
}

function advance(seconds: number) {
  ctx.clock.now = new Date(ctx.clock.now.getTime() + seconds * 1000);
}

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-07-01T08:00:00Z") });
  await createOrganization(ctx, cliOperator, { name: "Praxis Parallel" });
  await join("manager@parallel.example", "manager");
  await join("dpo@parallel.example", "dpo");
});
afterAll(async () => ctx.close());

describe("guessing in parallel", () => {
  it("checks exactly six of 40 simultaneous wrong passwords, and lets none in", async () => {
    const outcomes = await Promise.all(
      Array.from({ length: 40 }, (_, index) =>
        verifySignIn(ctx, { email: "manager@parallel.example", password: `wrong guess ${index}!`, ip: `192.0.2.${index + 1}` }),
      ),
    );
    expect(outcomes.filter((outcome) => outcome.ok)).toHaveLength(0);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid")).toHaveLength(6);
    expect(outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled")).toHaveLength(34);
    const failures = await ctx.db.auditEntry.count({ where: { action: "signin.failure", detail: { contains: "wrong_password" } } });
    expect(failures).toBe(6);
  });

  it("does not count a right password waiting for its code, nor a success, against the person", async () => {
    for (let index = 0; index < 5; index++) {
      expect(await verifySignIn(ctx, { email: "dpo@parallel.example", password: `typo ${index}!`, ip: "198.51.100.4" })).toEqual({
        ok: false,
        reason: "invalid",
      });
    }
    // Five failures used up: the right password still gets the code question, and then the code gets in.
    expect(await verifySignIn(ctx, { email: "dpo@parallel.example", password, ip: "198.51.100.4" })).toEqual({
      ok: false,
      reason: "code_required",
    });
    advance(30);
    const code = codeForStep(secret, timeStep(ctx.now()));
    expect(await verifySignIn(ctx, { email: "dpo@parallel.example", password, code, ip: "198.51.100.4" })).toMatchObject({ ok: true });
    const rows = await ctx.db.signInThrottle.findMany();
    expect(rows.find((row) => row.key.startsWith("ip:198.51.100.4"))).toMatchObject({ failures: 5, lockedUntil: null });
  });
});
