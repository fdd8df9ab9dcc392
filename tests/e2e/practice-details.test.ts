import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { joinOrganization } from "@/lib/server/accounts/join-organization";
import type { Actor } from "@/lib/server/actor";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { misdirectedResults } from "../integration/support/facts";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { appContext, joinedMember, joinedWithTwoFactor } from "./support/people";

/*
 * Issue 17, part C. An administrator enters the practice's address, registration number, country and zone
 * (by lists, never typing a town), and the notification stops asking for the address; a DPO of two practices
 * finds both practices' BD-…-0001 by searching the reference, each named, and the week view names the practice.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const PASSWORD = "meadow lantern quarry bishop";
const ADMIN = "admin@cabinet-nord.example";
const DPO = "dpo@two-practices.example";
const ADDRESS = "12 rue de la Paix\n75002 Paris";
const GOOD_SIRET = "73282932000074";
const BAD_SIRET = "73282932000075";
const ASKS_FOR_ADDRESS = "Add the practice's postal address.";

const facts = misdirectedResults();

let browser: Browser;
const logins = {} as Record<"admin" | "dpo", { email: string; password: string; secret: string; usedStep: number }>;
const incidents = {} as Record<"nord" | "sud", { id: string; reference: string }>;

async function reportIncident(actor: Actor, title: string) {
  const ctx = await appContext();
  try {
    const created = await createIncident(ctx, actor, {
      title,
      description: "A results letter went to another patient of the same name.",
      awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      timeZone: "Europe/Paris",
      facts,
      submit: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    return { id: created.value.id, reference: created.value.reference };
  } finally {
    await ctx.close();
  }
}

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Cabinet Nord", "--slug", "cabinet-nord");
  await cli("org", "create", "--name", "Cabinet Sud", "--slug", "cabinet-sud");
  const admin = await joinedWithTwoFactor("cabinet-nord", ADMIN, "admin", "Alice Martin", PASSWORD);
  logins.admin = { email: ADMIN, password: PASSWORD, secret: admin.secret, usedStep: admin.usedStep };
  const dpo = await joinedWithTwoFactor("cabinet-nord", DPO, "dpo", "Denis Roy", PASSWORD);
  logins.dpo = { email: DPO, password: PASSWORD, secret: dpo.secret, usedStep: dpo.usedStep };
  // The same DPO joins the second practice the way an existing account does: by accepting its invitation.
  const link = (await cli("user", "add", "--org", "cabinet-sud", "--email", DPO, "--role", "dpo", "--language", "en")).trim();
  // The administrator runs both practices (the Land test changes the second one's country).
  const adminLink = (await cli("user", "add", "--org", "cabinet-sud", "--email", ADMIN, "--role", "admin", "--language", "en")).trim();
  const ctx = await appContext();
  try {
    const joined = await joinOrganization(ctx, dpo.actor, { token: link.split("/").pop()! });
    if (!joined.ok) throw new Error(JSON.stringify(joined));
    const adminJoined = await joinOrganization(ctx, admin.actor, { token: adminLink.split("/").pop()! });
    if (!adminJoined.ok) throw new Error(JSON.stringify(adminJoined));
  } finally {
    await ctx.close();
  }
  incidents.nord = await reportIncident(
    await joinedMember("cabinet-nord", "manager@cabinet-nord.example", "manager", PASSWORD),
    "Results letter sent to a namesake",
  );
  incidents.sud = await reportIncident(
    await joinedMember("cabinet-sud", "manager@cabinet-sud.example", "manager", PASSWORD),
    "Referral faxed to the wrong clinic",
  );
}, 120_000);

afterAll(async () => browser?.close());

async function signedIn(who: "admin" | "dpo"): Promise<Page> {
  const page = await browser.newPage();
  logins[who].usedStep = await signInWithCode(page, baseUrl, logins[who]);
  return page;
}

const missingItems = async (page: Page) => (await page.getByTestId("missing-items").textContent()) ?? "";

describe("the practice's details, references and search", () => {
  it("the notification asks for the address and links to where it is entered", { timeout: 120_000 }, async () => {
    // Both practices number their first incident alike: that is what the search below must tell apart.
    expect(incidents.nord.reference).toBe(incidents.sud.reference);
    const page = await signedIn("dpo");
    const errors = watchForPageErrors(page);
    // The incident file names the practice beside its reference too.
    await page.goto(`${baseUrl}/incidents/${incidents.sud.id}`);
    expect(await page.locator(".breadcrumbs").textContent()).toContain(`${incidents.sud.reference} (Cabinet Sud)`);
    await page.goto(`${baseUrl}/incidents/${incidents.nord.id}/notification`);
    expect(await missingItems(page)).toContain(ASKS_FOR_ADDRESS);
    expect(await page.locator(".breadcrumbs").textContent()).toContain(`${incidents.nord.reference} (Cabinet Nord)`);
    // What the national form asks beyond Art. 33(3) is folded away; the person opens it.
    await page
      .getByTestId("missing-items")
      .getByText(/^Also asked by the form/)
      .click();
    const link = page
      .getByTestId("missing-items")
      .getByRole("link", { name: /Enter it in Settings/ })
      .first();
    expect(await link.getAttribute("href")).toMatch(/^\/settings\?org=[^#]+#practice-heading$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(
    "an administrator enters the address, registration number, country and zone; a bad SIRET is refused by name",
    { timeout: 120_000 },
    async () => {
      const page = await signedIn("admin");
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/settings?org=cabinet-nord`);
      const form = page.getByRole("form", { name: "Practice details" });
      const country = form.getByLabel("Country where the practice is established");
      const zone = form.getByLabel("Time zone of the practice's clocks");
      // Lists, not free text: nobody types "Paris" as a time zone.
      expect(await country.evaluate((element) => element.tagName)).toBe("SELECT");
      expect(await zone.evaluate((element) => element.tagName)).toBe("SELECT");
      await country.selectOption("CZ");
      expect(await zone.inputValue()).toBe("Europe/Prague");
      await form.getByLabel("Registration number (IČO)").waitFor();
      await country.selectOption("FR");
      expect(await zone.inputValue()).toBe("Europe/Paris");
      await zone.selectOption("Europe/Paris");
      await form.getByLabel("Postal address").fill(ADDRESS);
      const registration = form.getByLabel("Registration number (SIREN or SIRET)");
      await registration.fill(BAD_SIRET);
      await form.getByRole("button", { name: "Save practice settings" }).click();
      await form.getByText("Registration number (SIREN or SIRET): is not a valid SIRET: its check digit does not match").waitFor();
      expect(await registration.getAttribute("aria-invalid")).toBe("true");
      expect(await form.getByLabel("Postal address").inputValue()).toBe(ADDRESS);

      await registration.fill(GOOD_SIRET);
      await form.getByRole("button", { name: "Save practice settings" }).click();
      await form.getByRole("status").getByText("Saved.").waitFor();
      const ctx = await appContext();
      try {
        const stored = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "cabinet-nord" } });
        expect(stored).toMatchObject({ address: ADDRESS, registrationNumber: GOOD_SIRET, country: "FR", timeZone: "Europe/Paris" });
      } finally {
        await ctx.close();
      }
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it(
    "a German practice chooses its Land in the practice details, and its notification names that Land's authority",
    {
      timeout: 120_000,
    },
    async () => {
      const admin = await signedIn("admin");
      const errors = watchForPageErrors(admin);
      await admin.goto(`${baseUrl}/settings?org=cabinet-sud`);
      const form = admin.getByRole("form", { name: "Practice details" });
      // Only where the authority depends on it: a French practice is not asked for a Land.
      expect(await form.getByLabel("Land (federal state)").count()).toBe(0);
      await form.getByLabel("Country where the practice is established").selectOption("DE");
      const land = form.getByLabel("Land (federal state)");
      expect(await land.inputValue()).toBe("");
      await land.selectOption({ label: "Bayern" });
      await form.getByRole("button", { name: "Save practice settings" }).click();
      await form.getByRole("status").getByText("Saved.").waitFor();
      const ctx = await appContext();
      try {
        const stored = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "cabinet-sud" } });
        expect(stored).toMatchObject({ country: "DE", region: "DE-BY" });
      } finally {
        await ctx.close();
      }
      await admin.reload();
      expect(await admin.getByRole("form", { name: "Practice details" }).getByLabel("Land (federal state)").inputValue()).toBe("DE-BY");
      expect(errors).toEqual([]);
      await admin.close();

      const dpo = await signedIn("dpo");
      await dpo.goto(`${baseUrl}/incidents/${incidents.sud.id}/notification`);
      await dpo
        .getByText(/Bayerisches Landesamt für Datenschutzaufsicht/)
        .first()
        .waitFor();
      await dpo.close();
    },
  );

  it(
    "the notification no longer asks for the address, and the DPO finds both BD-…-0001 with their practices",
    { timeout: 120_000 },
    async () => {
      const page = await signedIn("dpo");
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/incidents/${incidents.nord.id}/notification`);
      expect(await missingItems(page)).not.toContain(ASKS_FOR_ADDRESS);

      await page.goto(`${baseUrl}/incidents`);
      await page.getByLabel("Reference, title or description contains").fill(incidents.nord.reference);
      await page.getByRole("button", { name: "Show" }).click();
      await page.waitForURL(/[?&]q=/);
      const rows = page.locator("table.data-table tbody tr");
      await rows.first().waitFor();
      const found = (await rows.allTextContents()).map((text) => text.replace(/\s+/g, " "));
      expect(found).toHaveLength(2);
      expect(found.some((text) => text.includes(incidents.nord.reference) && text.includes("Cabinet Nord"))).toBe(true);
      expect(found.some((text) => text.includes(incidents.sud.reference) && text.includes("Cabinet Sud"))).toBe(true);

      // The week view: each reference beside its practice.
      await page.goto(`${baseUrl}/`);
      const week = page.getByRole("region", { name: "The coming seven days" });
      const weekText = ((await week.textContent()) ?? "").replace(/\s+/g, " ");
      expect(weekText).toContain(`${incidents.nord.reference} (Cabinet Nord)`);
      expect(weekText).toContain(`${incidents.sud.reference} (Cabinet Sud)`);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
