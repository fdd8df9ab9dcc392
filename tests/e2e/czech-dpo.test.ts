import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isoToLocalInput } from "@/components/incidents/local-time";
import { codeForStep } from "@/lib/domain/accounts/totp";
import { messagesOf } from "@/lib/i18n/catalogue";
import { translatorFor } from "@/lib/i18n/translator";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { publishedRecords } from "../integration/support/facts";
import { freshCodeStep, launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { englishOnPage } from "./support/page-language";
import { appContext, joinedWithTwoFactor } from "./support/people";

/*
 * Issue 18, "Done when": a Czech DPO works entirely in Czech. Her practice is in the Czech Republic and she chose
 * no language, so the interface follows the practice (her browser asks for English, which must not win). She
 * assesses the breach, prepares the notification to the ÚOOÚ and writes to the patients by letter, recording
 * them as posted. On every page: <html lang="cs">, the Czech words of its headings and buttons, and no English
 * left outside what is quoted in another language (englishOnPage: the English catalogue's messages of more than
 * one word, and lines of English function words).
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const ORG = "ordinace-na-kopci";
const ZONE = "Europe/Prague";
const TITLE = "Seznam objednaných pacientů s diagnózami na webu";
const DPO = { email: "poverenec@na-kopci.example", name: "MUDr. Jana Nováková", password: "jablko lucerna oblak mosaz" };
const PATIENTS = [
  { name: "Petr Svoboda", address: "Na Kopci 12\n602 00 Brno" },
  { name: "Eva Dvořáková", address: "Masarykova 5\n110 00 Praha 1" },
];

type Values = Record<string, string | number>;
const czechMessages = translatorFor("cs") as unknown as (key: string, values?: Values) => string;
const englishMessages = translatorFor("en") as unknown as (key: string, values?: Values) => string;

/** A message in Czech, by its key: it must exist, and be Czech (not the English words), or the test says which key. */
function cs(key: string, values?: Values): string {
  const found = key.split(".").reduce<unknown>((tree, part) => (tree as Record<string, unknown> | undefined)?.[part], messagesOf("cs"));
  if (typeof found !== "string") throw new Error(`no Czech message ${key}`);
  const text = czechMessages(key, values);
  if (text === englishMessages(key, values)) throw new Error(`the Czech message ${key} is the English one: ${text}`);
  return text;
}

/** What every page she sees must hold: the Czech language declared, and no English outside quoted documents. */
async function isCzech(page: Page, where: string) {
  expect(await page.locator("html").getAttribute("lang"), where).toBe("cs");
  expect(await englishOnPage(page, "cs"), where).toEqual([]);
}

let browser: Browser;
let incidentId = "";
let secret = "";
let usedStep = 0;
let page: Page;
const nowInZone = () => isoToLocalInput(new Date().toISOString(), ZONE);

/**
 * Signs in by the form's fields, not its words: the sign-in page follows the browser (English here) and the
 * code step already knows her, so it may speak Czech. She lands on the dashboard, in Czech.
 */
async function signIn(target: Page) {
  await target.goto(`${baseUrl}/signin`);
  await target.locator("input[name=email]").fill(DPO.email);
  await target.locator("input[name=password]").fill(DPO.password);
  await target.locator("form button[type=submit]").click();
  await target.locator("input[name=code]").waitFor();
  usedStep = await freshCodeStep(usedStep);
  await target.locator("input[name=code]").fill(codeForStep(secret, usedStep));
  await target.locator("form button[type=submit]").click();
  await target.waitForURL((url) => url.pathname === "/");
}

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Ordinace Na Kopci", "--slug", ORG, "--country", "CZ", "--tz", ZONE);
  // No --language: the interface follows the practice's country.
  const joined = await joinedWithTwoFactor(ORG, DPO.email, "dpo", DPO.name, DPO.password, null);
  secret = joined.secret;
  usedStep = joined.usedStep;
  const ctx = await appContext();
  try {
    // The contact point the letters give, as the practice's administrator enters it in Settings.
    await ctx.db.organization.update({
      where: { slug: ORG },
      data: { dpoName: DPO.name, dpoEmail: DPO.email, dpoPhone: "+420 541 000 000" },
    });
    const created = await createIncident(ctx, joined.actor, {
      title: TITLE,
      description: "Seznam zítřejších objednávek s důvodem návštěvy každého pacienta byl jeden den na webu ordinace.",
      awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
      timeZone: ZONE,
      facts: publishedRecords(PATIENTS.length),
      containment: "Stránku jsme stáhli a poskytovatel webhostingu smazal své kopie.",
      submit: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    incidentId = created.value.id;
    const moved = await changeIncidentState(ctx, joined.actor, { incidentId, to: "under_assessment" });
    if (!moved.ok) throw new Error(JSON.stringify(moved));
  } finally {
    await ctx.close();
  }
  // Her browser asks for English: the practice's country, not the browser, decides.
  page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await signIn(page);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("a Czech DPO, entirely in Czech (issue 18)", () => {
  it("lands on her dashboard in Czech although her browser asks for English", { timeout: 60_000 }, async () => {
    await page.getByRole("navigation", { name: cs("nav.main") }).waitFor();
    await isCzech(page, "dashboard");
  });

  it("opens the incident's file in Czech", { timeout: 60_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await isCzech(page, "incident file");
    expect(errors).toEqual([]);
  });

  it("assesses the breach and records her decision", { timeout: 120_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/assessment`);
    await page.getByRole("heading", { level: 1, name: cs("assessment.heading", { title: TITLE }) }).waitFor();
    await isCzech(page, "assessment");
    const decision = page.getByRole("form", { name: cs("assessment.decision.heading") });
    await decision.getByRole("button", { name: cs("assessment.decision.submit") }).click();
    await page.getByText(cs("assessment.decision.recorded", { version: 1 })).waitFor();
    await isCzech(page, "assessment, decision recorded");
    expect(errors).toEqual([]);
  });

  it("prepares the notification to the ÚOOÚ", { timeout: 120_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
    await page.getByRole("heading", { level: 1, name: cs("notification.heading", { title: TITLE }) }).waitFor();
    expect(await page.locator("#authority-heading").textContent()).toMatch(/Úřad pro ochranu osobních údajů|ÚOOÚ/);
    await isCzech(page, "notification");
    // The ÚOOÚ's form, ready to send: the PDF.
    const pdf = page.getByRole("link", { name: cs("notification.downloadPdf") }).first();
    const answer = await page.request.get(`${baseUrl}${await pdf.getAttribute("href")}`);
    expect(answer.status()).toBe(200);
    expect(answer.headers()["content-type"]).toContain("application/pdf");
    expect(errors).toEqual([]);
  });

  it("writes to the patients by letter, in Czech, approves and records them posted", { timeout: 180_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/communications`);
    await page.getByRole("heading", { level: 1, name: cs("communications.title") }).waitFor();
    await isCzech(page, "communications");

    const create = page.getByRole("form", { name: cs("communications.createDraft.heading") });
    // The letters' language is offered as hers: the patients of a Czech practice read Czech.
    expect(await create.getByLabel(cs("communications.createDraft.language")).inputValue()).toBe("cs");
    await create.getByLabel(cs("communications.createDraft.channel")).selectOption("letter");
    await create.getByRole("button", { name: cs("communications.createDraft.submit") }).click();
    await page.waitForURL(/[?&]c=/);
    await page.getByText(cs("communications.missing.recipients")).waitFor();
    await isCzech(page, "communications, new draft");

    const add = page.getByRole("form", { name: cs("communications.addRecipient.heading") });
    for (const [n, patient] of PATIENTS.entries()) {
      await add.getByLabel(cs("communications.addRecipient.name")).fill(patient.name);
      await add.getByLabel(cs("communications.addRecipient.postalAddress")).fill(patient.address);
      await add.getByRole("button", { name: cs("communications.addRecipient.submit") }).click();
      await page.getByRole("heading", { name: cs("communications.peopleHeading", { count: n + 1 }) }).waitFor();
    }
    await page.getByText(cs("communications.completeText")).waitFor();
    await isCzech(page, "communications, people added");

    // The letter as the first patient will read it: Czech, and marked as such.
    const [first] = PATIENTS;
    await page.getByRole("link", { name: cs("communications.table.previewLetter", { name: first!.name }) }).click();
    const preview = page.locator("article[aria-labelledby=preview-heading]");
    await preview.getByRole("heading", { name: cs("communications.preview.letter", { name: first!.name }) }).waitFor();
    const letter = preview.locator("[lang=cs]");
    expect(await letter.locator("address").textContent()).toContain("Na Kopci 12");
    expect(await letter.textContent()).toContain("Vážená paní, vážený pane,");
    await isCzech(page, "communications, letter preview");

    await page.getByRole("button", { name: cs("communications.approve") }).click();
    await page.getByText(cs("communications.status.approved")).first().waitFor();
    await isCzech(page, "communications, approved");

    const posted = page.getByRole("form", { name: cs("communications.delivery.headingLetters") });
    await posted.getByLabel(cs("communications.delivery.whenLetters")).fill(nowInZone());
    await posted.getByLabel(cs("communications.delivery.how")).fill("doporučeně");
    await posted.getByRole("button", { name: cs("communications.delivery.submitLetters") }).click();
    const postedWords = cs("communications.delivered.postedAllVia", { when: "WHEN", via: "doporučeně", sent: PATIENTS.length });
    const [before, after] = postedWords.split("WHEN") as [string, string];
    const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    await page
      .getByText(new RegExp(`${escape(before)}.+${escape(after)}`))
      .first()
      .waitFor();
    expect(await page.getByRole("row", { name: new RegExp(first!.name) }).textContent()).toContain(cs("communications.letterStatus.sent"));
    await isCzech(page, "communications, letters posted");
    expect(errors).toEqual([]);
  });
  it(
    "previews a German letter for a patient who reads German: the letter says it is German, the page stays Czech",
    { timeout: 120_000 },
    async () => {
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/incidents/${incidentId}/communications`);
      const create = page.getByRole("form", { name: cs("communications.createDraft.heading") });
      await create.getByLabel(cs("communications.createDraft.language")).selectOption("de");
      await create.getByLabel(cs("communications.createDraft.channel")).selectOption("letter");
      await create.getByRole("button", { name: cs("communications.createDraft.submit") }).click();
      await page.waitForURL(/[?&]c=/);
      const add = page.getByRole("form", { name: cs("communications.addRecipient.heading") });
      await add.getByLabel(cs("communications.addRecipient.name")).fill("Anna Schmidt");
      await add.getByLabel(cs("communications.addRecipient.postalAddress")).fill("Hauptstraße 1\n01067 Dresden");
      await add.getByRole("button", { name: cs("communications.addRecipient.submit") }).click();
      await page.getByRole("heading", { name: cs("communications.peopleHeading", { count: 1 }) }).waitFor();
      await page.getByRole("link", { name: cs("communications.table.previewLetter", { name: "Anna Schmidt" }) }).click();
      const preview = page.locator("article[aria-labelledby=preview-heading]");
      await preview.getByRole("heading", { name: cs("communications.preview.letter", { name: "Anna Schmidt" }) }).waitFor();
      expect(await preview.locator("[lang=de]").textContent()).toContain("Guten Tag Anna Schmidt,");
      // Her own words about it are Czech: the German is only inside the letter (and its subject), marked as German.
      expect(await page.locator("#communication-heading [lang=de]").count()).toBe(1);
      await isCzech(page, "communications, German letter");
      expect(errors).toEqual([]);
    },
  );
});
