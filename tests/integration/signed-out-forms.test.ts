import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { acceptInvitation, describeInvitation } from "@/lib/server/accounts/accept-invitation";
import { completeFirstAdmin } from "@/lib/server/accounts/complete-first-admin";
import { newTwoFactorSetup } from "@/lib/server/accounts/two-factor-setup";
import { anonymous, cliOperator, type Actor } from "@/lib/server/actor";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { issueFirstAdminLink } from "@/lib/server/setup/first-admin-link";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The forms a person fills in before they have an account (set-up, invitation) and the administrator's
 * invitation: every problem is named at once, and without a mail server the link is handed over once.
 */
let ctx: TestContext;
let admin: Actor;
let orgId = "";
beforeAll(async () => {
  ctx = await createTestContext();
  const org = await createOrganization(ctx, cliOperator, { name: "Cabinet Lumière", slug: "cabinet-lumiere" });
  if (!org.ok) throw new Error(JSON.stringify(org));
  orgId = org.value.id;
  const added = await addMember(ctx, cliOperator, { organization: "cabinet-lumiere", email: "admin@lumiere.example", role: "admin" });
  if (!added.ok) throw new Error(JSON.stringify(added));
  admin = {
    kind: "user",
    userId: added.value.userId,
    email: "admin@lumiere.example",
    memberships: [{ organizationId: orgId, role: "admin" }],
    ip: null,
    via: "web",
  };
});
afterAll(async () => ctx.close());

const fieldsOf = (result: { ok: boolean; fields?: { field: string }[] }) =>
  [...new Set((result.fields ?? []).map((error) => error.field))].sort();

describe("setting up the first administrator", () => {
  it("names every bad field in one answer: schema, password rules and the authenticator code", async () => {
    const link = await issueFirstAdminLink(ctx, cliOperator);
    if (!link.ok || link.value.administratorExists) throw new Error(JSON.stringify(link));
    const setup = await newTwoFactorSetup("administrator");
    const result = await completeFirstAdmin(ctx, anonymous("setup", null), {
      token: link.value.link.split("/").pop()!,
      organizationName: "Cabinet Soleil",
      country: "F1",
      timeZone: "Mars/Olympus",
      name: "Dr <Anne>",
      email: "anne@soleil.example",
      password: "password1234",
      totpSecret: setup.sealedSecret,
      totpCode: "000000",
    });
    expect(result.ok).toBe(false);
    expect(fieldsOf(result as never)).toEqual(["country", "name", "password", "timeZone", "totpCode"]);
    expect(await ctx.db.organization.count({ where: { name: "Cabinet Soleil" } })).toBe(0);
  });
});

describe("accepting an invitation", () => {
  it("names the name, the password and the code together", async () => {
    const added = await addMember(ctx, admin, {
      organization: "cabinet-lumiere",
      email: "dpo@lumiere.example",
      role: "dpo",
      name: "Dana Lumière",
    });
    if (!added.ok) throw new Error(JSON.stringify(added));
    const token = added.value.invitationLink.split("/").pop()!;
    const setup = await newTwoFactorSetup("dpo@lumiere.example");
    const result = await acceptInvitation(ctx, anonymous("invitation", null), {
      token,
      name: " ",
      password: "short",
      totpSecret: setup.sealedSecret,
      totpCode: "123456",
    });
    expect(fieldsOf(result as never)).toEqual(["name", "password", "totpCode"]);
  });

  it("offers the name the administrator typed, and none when none was typed", async () => {
    const named = await addMember(ctx, admin, {
      organization: "cabinet-lumiere",
      email: "manager@lumiere.example",
      role: "manager",
      name: "Marie Curie",
    });
    const unnamed = await addMember(ctx, admin, { organization: "cabinet-lumiere", email: "lawyer@lumiere.example", role: "lawyer" });
    if (!named.ok || !unnamed.ok) throw new Error("invite");
    expect(await describeInvitation(ctx, named.value.invitationLink.split("/").pop()!)).toMatchObject({ suggestedName: "Marie Curie" });
    expect(await describeInvitation(ctx, unnamed.value.invitationLink.split("/").pop()!)).toMatchObject({ suggestedName: null });
  });
});

describe("an invitation without a mail server", () => {
  it("is handed to the administrator once, and the audit trail says so; with a mail server it is only e-mailed", async () => {
    const without = await addMember(
      { ...ctx, env: { ...ctx.env, SMTP_URL: undefined } },
      admin,
      { organization: "cabinet-lumiere", email: "a@lumiere.example", role: "manager" },
      { emailInvitation: true },
    );
    const withServer = await addMember(
      { ...ctx, env: { ...ctx.env, SMTP_URL: "smtp://127.0.0.1:2525" } },
      admin,
      { organization: "cabinet-lumiere", email: "b@lumiere.example", role: "manager" },
      { emailInvitation: true },
    );
    if (!without.ok || !withServer.ok) throw new Error("invite");
    expect(without.value.linkShown).toBe(true);
    expect(withServer.value.linkShown).toBe(false);
    const audited = await ctx.db.auditEntry.findMany({
      where: { action: "member.add", organizationId: orgId, actorId: admin.kind === "user" ? admin.userId : "" },
    });
    const details = audited.map((entry) => JSON.parse(entry.detail ?? "{}") as { email: string; linkShown: boolean; emailed: boolean });
    expect(details.find((detail) => detail.email === "a@lumiere.example")).toMatchObject({ linkShown: true, emailed: true });
    expect(details.find((detail) => detail.email === "b@lumiere.example")).toMatchObject({ linkShown: false, emailed: true });
  });
});
