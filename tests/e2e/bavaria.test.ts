import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { messagesOf } from "@/lib/i18n/catalogue";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { misdirectedResults } from "../integration/support/facts";
import { extractPdf } from "../unit/documents/pdf-text";
import { englishSentences } from "../unit/notification/english-sentences";
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { englishOnPage } from "./support/page-language";
import { appContext, joinedMember } from "./support/people";

/*
 * Issue 18: a practice in Bavaria. Its manager, who chose no language, reads the interface in German (the
 * practice's country, docs/I18N.md); its notification goes to the Land's authority, the Bayerisches Landesamt
 * für Datenschutzaufsicht (BayLDA), not the federal BfDI; and the authority document downloaded from the
 * notification page is German, its headings the DSGVO's words, with no English sentence in it.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const PASSWORD = "alpine meadow copper lantern";
const MANAGER = "praxis@chiemsee.example";

let browser: Browser;
// The German words by their keys, so a reworded translation does not break the test.
const de = messagesOf("de");
let incidentId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  await cli(
    "org",
    "create",
    "--name",
    "Hausarztpraxis am Chiemsee",
    "--slug",
    "praxis-chiemsee",
    "--country",
    "DE",
    "--tz",
    "Europe/Berlin",
  );
  await cli("org", "update", "--slug", "praxis-chiemsee", "--region", "DE-BY", "--address", "Seestraße 4\n83209 Prien am Chiemsee");
  const manager = await joinedMember("praxis-chiemsee", MANAGER, "manager", PASSWORD, null);
  const ctx = await appContext();
  try {
    const created = await createIncident(ctx, manager, {
      title: "Befundbrief an einen Namensvetter",
      description: "Ein Laborbefund wurde an einen anderen Patienten gleichen Namens geschickt.",
      awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      timeZone: "Europe/Berlin",
      facts: misdirectedResults(),
      submit: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    incidentId = created.value.id;
  } finally {
    await ctx.close();
  }
}, 120_000);
afterAll(async () => browser?.close());

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);

/** The manager signs in through the form (which follows the browser, English here) and leaves it. */
async function signedInManager(): Promise<Page> {
  const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-US,en;q=0.9" } });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("E-mail").fill(MANAGER);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/`);
  return page;
}

describe("a practice in Bavaria", () => {
  it("its manager reads the interface in German, though her browser asks for English", { timeout: 120_000 }, async () => {
    const page = await signedInManager();
    const errors = watchForPageErrors(page);
    expect(await pageLanguage(page)).toBe("de");
    await page.goto(`${baseUrl}/account`);
    expect(await pageLanguage(page)).toBe("de");
    await page.getByRole("heading", { level: 1, name: de.account.title }).waitFor();
    expect(await page.getByLabel(de.account.language.label).inputValue()).toBe("");
    expect(await page.getByRole("button", { name: de.auth.signOut, exact: true }).count()).toBe(1);
    expect(await page.getByRole("button", { name: de.account.sessions.signOutEverywhere }).count()).toBe(1);
    expect(await englishOnPage(page, "de"), "Your account").toEqual([]);
    // Her settings: the practices she belongs to, with her role, and her API tokens.
    await page.goto(`${baseUrl}/settings`);
    await page.getByRole("heading", { level: 1, name: de.settings.page.title }).waitFor();
    expect(await page.locator("main").textContent()).toContain(`Hausarztpraxis am Chiemsee (${de.settings.roles.manager})`);
    await page.getByRole("heading", { level: 2, name: de.settings.tokens.heading }).waitFor();
    expect(await englishOnPage(page, "de"), "Settings").toEqual([]);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it(
    "its notification page names the BayLDA, and the authority document it downloads is German throughout",
    { timeout: 120_000 },
    async () => {
      const page = await signedInManager();
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
      expect(await pageLanguage(page)).toBe("de");
      await page.getByRole("heading", { level: 2, name: /Bayerisches Landesamt für Datenschutzaufsicht/ }).waitFor();
      expect(await page.locator("main").textContent()).not.toMatch(/Bundesbeauftragte/);

      const href = await page.locator('a[href*="/notification/download?format=pdf"]').first().getAttribute("href");
      expect(href).toBeTruthy();
      const response = await page.request.get(`${baseUrl}${href}`);
      expect(response.status()).toBe(200);
      expect(response.headers()["content-type"]).toContain("application/pdf");
      expect(response.headers()["content-disposition"]).toMatch(/-de-by\.pdf/);
      // Read as a reader's tools read it: poppler's pdftotext.
      const text = extractPdf(await response.body()).all;
      const flat = text.replace(/\s+/g, " ");
      // The DSGVO's own words for the document and its headings, and the Land's authority by name.
      expect(flat).toContain("Meldung einer Verletzung des Schutzes personenbezogener Daten");
      expect(flat).toContain("Bayerisches Landesamt für Datenschutzaufsicht (BayLDA)");
      expect(flat).toContain("Verantwortlicher, meldende Person und Anlaufstelle");
      expect(flat).toContain("Art und Umstände der Verletzung");
      expect(flat).toContain("Betroffene Personen und Datensätze");
      expect(flat).toContain("Wahrscheinliche Folgen und Risikobewertung");
      expect(flat).not.toMatch(/Bundesbeauftragte|Notification of a personal data breach/);
      expect(englishSentences(text)).toEqual([]);
      expect(errors).toEqual([]);
      await page.context().close();
    },
  );
});
