import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { base32Encode, codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { resolveLocale } from "@/lib/i18n/locales";
import { chooseLanguage, chosenLanguage } from "@/lib/server/accounts/choose-language";
import { completeFirstAdmin } from "@/lib/server/accounts/complete-first-admin";
import { sealedSetupSecret } from "@/lib/server/accounts/two-factor-setup";
import { anonymous, cliOperator, type Actor } from "@/lib/server/actor";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { issueFirstAdminLink } from "@/lib/server/setup/first-admin-link";
import { member } from "./support/member";
import { createTestContext, type TestContext } from "./support/test-context";

let ctx: TestContext;
let manager: Actor & { kind: "user" };

beforeAll(async () => {
  ctx = await createTestContext();
  const practice = await createOrganization(ctx, cliOperator, { name: "Cabinet Lumière", country: "FR" });
  if (!practice.ok) throw new Error("setup");
  manager = await member(ctx, "claire", practice.value.id, "manager");
});
afterAll(async () => ctx.close());

/** What the next request resolves (currentActor), from the stored choice and the French practice. */
async function nextRequestLocale(acceptLanguage: string | null = null) {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: manager.userId }, select: { locale: true } });
  return resolveLocale({ preference: user.locale, practiceCountries: ["FR"], acceptLanguage });
}

describe("choosing the interface language in Your account", () => {
  it("follows the French practice until the person chooses", async () => {
    expect(await chosenLanguage(ctx, manager)).toBeNull();
    expect(await nextRequestLocale("cs")).toBe("fr");
  });

  it("stores the choice with its audit entry, and the next request is in that language", async () => {
    const chosen = await chooseLanguage(ctx, manager, { locale: "en" });
    expect(chosen).toEqual({ ok: true, value: { locale: "en" } });
    expect(await chosenLanguage(ctx, manager)).toBe("en");
    expect(await nextRequestLocale()).toBe("en");

    const again = await chooseLanguage(ctx, manager, { locale: "cs" });
    expect(again.ok).toBe(true);
    expect(await nextRequestLocale()).toBe("cs");

    const entries = await ctx.db.auditEntry.findMany({ where: { action: "account.language" }, orderBy: { seq: "asc" } });
    expect(entries.map((entry) => [entry.actorId, JSON.parse(entry.detail)])).toEqual([
      [manager.userId, { from: null, to: "en" }],
      [manager.userId, { from: "en", to: "cs" }],
    ]);
  });

  it("goes back to following the practice when the choice is cleared", async () => {
    const cleared = await chooseLanguage(ctx, manager, { locale: null });
    expect(cleared).toEqual({ ok: true, value: { locale: null } });
    expect(await chosenLanguage(ctx, manager)).toBeNull();
    expect(await nextRequestLocale("de")).toBe("fr");
  });

  it("refuses a language the interface does not have, and writes nothing", async () => {
    const before = await ctx.db.auditEntry.count();
    const spanish: unknown = { locale: "es" };
    const refused = await chooseLanguage(ctx, manager, spanish as { locale: null });
    expect(refused).toMatchObject({ ok: false, error: "invalid", fields: [{ field: "locale" }] });
    expect(await ctx.db.auditEntry.count()).toBe(before);
    expect(await chosenLanguage(ctx, manager)).toBeNull();
  });

  it("is a person's own choice: the operator of the command line has no account to set", async () => {
    expect(await chooseLanguage(ctx, cliOperator, { locale: "de" })).toMatchObject({ ok: false, error: "forbidden" });
  });
});

describe("the first administrator", () => {
  it("keeps reading the language the set-up page was read in, though the practice is in France", async () => {
    const link = await issueFirstAdminLink(ctx, cliOperator);
    if (!link.ok || link.value.administratorExists) throw new Error(JSON.stringify(link));
    const secret = base32Encode(Buffer.alloc(20, 7));
    const created = await completeFirstAdmin(ctx, anonymous("setup", null), {
      token: link.value.link.split("/").pop()!,
      organizationName: "Cabinet du Parc",
      country: "FR",
      timeZone: "Europe/Paris",
      name: "Paul Martin",
      email: "paul@parc.example",
      password: "lighthouse gravel mosaic quiet",
      totpSecret: sealedSetupSecret(secret),
      totpCode: codeForStep(secret, timeStep(ctx.now())),
      language: "en",
    });
    expect(created.ok).toBe(true);
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: "paul@parc.example" }, select: { locale: true } });
    expect(user.locale).toBe("en");
    expect(resolveLocale({ preference: user.locale, practiceCountries: ["FR"] })).toBe("en");
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "setup.first_admin" } });
    expect(JSON.parse(audit.detail)).toMatchObject({ language: "en" });
  });
});
