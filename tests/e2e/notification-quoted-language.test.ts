import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeForStep } from "@/lib/domain/accounts/totp";
import { translatorFor } from "@/lib/i18n/translator";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { stolenRecords } from "../integration/support/facts";
import { freshCodeStep, launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { englishOnPage } from "./support/page-language";
import { appContext, joinedWithTwoFactor } from "./support/people";

/*
 * Issue 18: the authority's form is quoted in its own language, which need not be the reader's. An English-speaking
 * DPO of a French practice prepares the CNIL notification: the page speaks English, the quoted form is French and
 * says so (lang="fr"), so a screen reader reads it with French rules. A French-speaking DPO of the same practice
 * reads the assessment's reasons and the notification questions in French.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const ORG = "cabinet-des-quais";
const PASSWORD = "lantern meadow copper violet";
const english = translatorFor("en");
const french = translatorFor("fr");

let browser: Browser;
let incidentId = "";
const people: Record<"en" | "fr", { email: string; secret: string; usedStep: number }> = {
  en: { email: "dpo@cabinet-des-quais.example", secret: "", usedStep: 0 },
  fr: { email: "medecin@cabinet-des-quais.example", secret: "", usedStep: 0 },
};

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Cabinet des Quais", "--slug", ORG, "--country", "FR", "--tz", "Europe/Paris");
  const dpo = await joinedWithTwoFactor(ORG, people.en.email, "dpo", "Alex Moore", PASSWORD, "en");
  people.en = { ...people.en, secret: dpo.secret, usedStep: dpo.usedStep };
  const doctor = await joinedWithTwoFactor(ORG, people.fr.email, "dpo", "Claire Dubois", PASSWORD, "fr");
  people.fr = { ...people.fr, secret: doctor.secret, usedStep: doctor.usedStep };
  const ctx = await appContext();
  try {
    const created = await createIncident(ctx, dpo.actor, {
      title: "Liste de rendez-vous envoyée à un hameçonneur",
      description: "Une secrétaire a répondu à un courriel d'hameçonnage avec la liste des rendez-vous du jour.",
      awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      timeZone: "Europe/Paris",
      facts: stolenRecords(240, 240, { dataCategories: ["identification", "health"] }),
      submit: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    incidentId = created.value.id;
    const moved = await changeIncidentState(ctx, dpo.actor, { incidentId, to: "under_assessment" });
    if (!moved.ok) throw new Error(JSON.stringify(moved));
  } finally {
    await ctx.close();
  }
}, 120_000);

/** Signs in by the form's fields, not its words: the code step may already speak the person's language. */
async function signIn(page: Page, who: "en" | "fr") {
  const person = people[who];
  await page.goto(`${baseUrl}/signin`);
  await page.locator("input[name=email]").fill(person.email);
  await page.locator("input[name=password]").fill(PASSWORD);
  await page.locator("form button[type=submit]").click();
  await page.locator("input[name=code]").waitFor();
  person.usedStep = await freshCodeStep(person.usedStep);
  await page.locator("input[name=code]").fill(codeForStep(person.secret, person.usedStep));
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/");
}

afterAll(async () => {
  await browser?.close();
});

describe("the authority's form quoted in its own language", () => {
  it("is marked French for an English-speaking DPO, the page around it English", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await signIn(page, "en");
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
    await page
      .getByTestId("notification-details")
      .getByRole("heading", { name: english("notification.details.heading") })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    const quoted = page.locator("section[aria-labelledby=draft-heading]");
    expect(await quoted.getAttribute("lang")).toBe("fr");
    // The form's own words are French; the page's own (what is missing, the questions) English.
    expect(await quoted.textContent()).toMatch(/violation|notification/i);
    await page.getByRole("heading", { name: english("notification.draft.missingHeading") }).waitFor();
    expect(await page.getByText(english("notification.questions.incidentType.question")).count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("is read in French by a French-speaking DPO, with the assessment's reasons in French", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await signIn(page, "fr");
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/assessment`);
    await page
      .getByRole("heading", { level: 1, name: french("assessment.heading", { title: "Liste de rendez-vous envoyée à un hameçonneur" }) })
      .waitFor();
    expect(await page.locator("html").getAttribute("lang")).toBe("fr");
    const suggestion = page.getByTestId("suggestion");
    await suggestion.getByRole("heading", { name: french("assessment.suggestion.why") }).waitFor();
    // Health data of patients: the reason the documents give the CNIL, in French, not the risk module's English.
    const reasons = await suggestion.textContent();
    expect(reasons).toContain("Catégories particulières de données à caractère personnel");
    expect(reasons).not.toContain("The data includes");
    expect(await englishOnPage(page, "fr"), "assessment").toEqual([]);

    await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
    const details = page.getByTestId("notification-details");
    await details.getByRole("heading", { name: french("notification.details.heading") }).waitFor();
    await details.getByText(french("notification.questions.incidentType.question"), { exact: false }).first().waitFor();
    expect(await page.locator("section[aria-labelledby=draft-heading]").getAttribute("lang")).toBe("fr");
    expect(await englishOnPage(page, "fr"), "notification").toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});
