import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { appContext, joinedMember } from "./support/people";

/*
 * A person who already has an account is invited to a second practice: the link asks them to sign in
 * and to press "Join", and the server records the address of the connection, not the one a header claims.
 */
let browser: Browser;
const email = "locum@join.example";
const password = "harvest compass lantern ribbon";

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Praxis Erste", "--slug", "praxis-erste");
  await cli("org", "create", "--name", "Cabinet Second", "--slug", "cabinet-second");
  await joinedMember("praxis-erste", email, "manager", password);
});
afterAll(async () => browser?.close());

async function lastAuditSeq(): Promise<number> {
  const ctx = await appContext();
  try {
    return (await ctx.db.auditEntry.findFirst({ orderBy: { seq: "desc" }, select: { seq: true } }))?.seq ?? 0;
  } finally {
    await ctx.close();
  }
}

describe("joining a second practice", () => {
  it("asks the signed-in person to join, adds them only when they press it, and audits the real address", { timeout: 90_000 }, async () => {
    const link = (await cli("user", "add", "--org", "cabinet-second", "--email", email, "--role", "manager", "--language", "en")).trim();
    const before = await lastAuditSeq();
    const page = await browser.newPage();
    const errors = watchForPageErrors(page);
    // A forged header a client could send: it must reach neither the throttle nor the audit trail.
    await page.setExtraHTTPHeaders({ "x-forwarded-for": "203.0.113.77", "x-breachdesk-peer-address": "203.0.113.78" });
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Join Cabinet Second" }).waitFor();
    expect(await page.getByRole("button", { name: "Create my account" }).count()).toBe(0);
    await page.getByRole("link", { name: `Sign in as ${email}` }).click();
    await page.getByLabel("E-mail").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    // Back on the invitation, signed in.
    await page.getByRole("button", { name: "Join Cabinet Second" }).click();
    await page.getByRole("status").getByText("You are now a member of Cabinet Second").waitFor();
    expect(errors).toEqual([]);
    await page.close();

    const ctx = await appContext();
    try {
      const user = await ctx.db.user.findUniqueOrThrow({ where: { email }, include: { memberships: { include: { organization: true } } } });
      expect(user.memberships.map((m) => m.organization.slug).sort()).toEqual(["cabinet-second", "praxis-erste"]);
      const entries = await ctx.db.auditEntry.findMany({
        where: { seq: { gt: before }, actorId: user.id, action: { in: ["signin.success", "invitation.accept"] } },
      });
      expect(entries.map((entry) => entry.action).sort()).toEqual(["invitation.accept", "signin.success"]);
      expect(new Set(entries.map((entry) => entry.ip))).toEqual(new Set(["127.0.0.1"]));
    } finally {
      await ctx.close();
    }
  });
});
