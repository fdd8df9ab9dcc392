import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveLocale } from "@/lib/i18n/locales";
import { cliOperator } from "@/lib/server/actor";
import { practiceCountries } from "@/lib/server/auth/practice-countries";
import { createSession, liveSessionUser } from "@/lib/server/auth/sessions";
import { createOrganization } from "@/lib/server/organizations/create-organization";
import { addMember } from "@/lib/server/users/add-member";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";

/*
 * An invitation may name the new person's interface language; without one, the interface follows the country
 * of the practice they joined first (docs/I18N.md). A person's own choice is never overwritten by an invitation.
 */
let ctx: TestContext;

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date("2026-06-01T09:00:00Z") });
  value(await createOrganization(ctx, cliOperator, { name: "Ordinace Brno", slug: "brno", country: "CZ", timeZone: "Europe/Prague" }));
  value(await createOrganization(ctx, cliOperator, { name: "Cabinet Lyon", slug: "lyon", country: "FR", timeZone: "Europe/Paris" }));
});
afterAll(async () => ctx.close());

async function localeFacts(email: string) {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { email } });
  const live = await liveSessionUser(ctx.db, ctx.provider, await createSession(ctx.db, user.id, ctx.now(), null, null), ctx.now());
  return { preference: live!.locale, practiceCountries: await practiceCountries(ctx.db, ctx.provider, live!.id) };
}

describe("the language of an invited person", () => {
  it("stores the invitation's language for a new account, and audits it", async () => {
    value(await addMember(ctx, cliOperator, { organization: "lyon", email: "nurse@lyon.example", role: "manager", language: "de" }));
    expect(await localeFacts("nurse@lyon.example")).toEqual({ preference: "de", practiceCountries: ["FR"] });
    const audit = await ctx.db.auditEntry.findFirstOrThrow({ where: { action: "member.add" }, orderBy: { seq: "desc" } });
    expect(JSON.parse(audit.detail)).toMatchObject({ email: "nurse@lyon.example", language: "de" });
  });

  it("without one, follows the country of the practice joined first", async () => {
    value(await addMember(ctx, cliOperator, { organization: "brno", email: "dpo@example.eu", role: "manager" }));
    value(await addMember(ctx, cliOperator, { organization: "lyon", email: "dpo@example.eu", role: "manager", language: "fr" }));
    const facts = await localeFacts("dpo@example.eu");
    // The second invitation found an existing account: its language is not forced on the person.
    expect(facts.preference).toBeNull();
    expect(resolveLocale({ ...facts, acceptLanguage: "en-GB" })).toBe("cs");
  });

  it("orders the countries by the practice joined first, whatever their names, and leaves out suspended memberships", async () => {
    value(await addMember(ctx, cliOperator, { organization: "lyon", email: "locum@example.eu", role: "manager" }));
    const user = await ctx.db.user.findUniqueOrThrow({ where: { email: "locum@example.eu" } });
    // A second practice joined later (an existing account joins by accepting an invitation, not under test here).
    const brno = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "brno" } });
    await ctx.db.membership.create({ data: { userId: user.id, organizationId: brno.id, role: "dpo" } });
    const joined = async (slug: string, at: string) =>
      ctx.db.membership.updateMany({ where: { userId: user.id, organization: { slug } }, data: { createdAt: new Date(at) } });
    await joined("lyon", "2026-01-01T00:00:00Z");
    await joined("brno", "2026-02-01T00:00:00Z");
    expect(await practiceCountries(ctx.db, ctx.provider, user.id)).toEqual(["FR", "CZ"]);
    await ctx.db.membership.updateMany({ where: { userId: user.id, organization: { slug: "lyon" } }, data: { suspendedAt: ctx.now() } });
    expect(await practiceCountries(ctx.db, ctx.provider, user.id)).toEqual(["CZ"]);
  });

  it("refuses a language the interface does not offer, naming the field, and creates nothing", async () => {
    const refused = await addMember(ctx, cliOperator, {
      organization: "lyon",
      email: "x@lyon.example",
      role: "manager",
      language: "es" as "en",
    });
    expect(refused).toMatchObject({
      ok: false,
      error: "invalid",
      fields: [{ field: "language", problem: "must be one of: en, fr, cs, de" }],
    });
    expect(await ctx.db.user.count({ where: { email: "x@lyon.example" } })).toBe(0);
  });
});
