import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import { misdirectedResults } from "../integration/support/facts";
import type { Actor } from "@/lib/server/actor";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { joinedMember, joinedWithTwoFactor } from "./support/people";

/*
 * Issue 17, part D, in the browser: a manager's draft comes back exactly as she left it (an unanswered
 * "still going on?" stays unanswered), a containment before the discovery is refused on its field, the DPO
 * adds a person by hand and previews the letter headed with that person's name and address, every "Preview"
 * and "Remove" names its person, no page repeats an id, and the printed notification carries no menu or buttons.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const ORG = "dubois-practice";
const ZONE = "Europe/Paris";
const MANAGER = { email: "manager@dubois-practice.example", password: "lantern quiet harbour maple" };
const DPO = { email: "dpo@dubois-practice.example", password: "granite willow ember sparrow" };
let dpoSecret = "";
let usedStep = 0;

const facts = misdirectedResults({ subjects: { count: 2, categories: ["patients"] }, records: 2 });

let browser: Browser;
let db: Awaited<ReturnType<typeof openDb>>["db"];
let incidentId = "";
let lettersId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Cabinet Dubois", "--slug", ORG, "--country", "FR", "--tz", ZONE);
  await joinedMember(ORG, MANAGER.email, "manager", MANAGER.password);
  const joined = await joinedWithTwoFactor(ORG, DPO.email, "dpo", "Dana Ortiz", DPO.password);
  dpoSecret = joined.secret;
  usedStep = joined.usedStep;
  const opened = await openDb(inject("e2eDatabaseUrl"));
  db = opened.db;
  const ctx = { db, provider: opened.provider, env: readEnv({ APP_URL: baseUrl }), now: () => new Date() };
  const organization = await db.organization.update({ where: { slug: ORG }, data: { dpoName: "Dana Ortiz", dpoEmail: DPO.email } });
  // The DPO also administers the practice, so the settings page shows every one of its forms.
  await db.membership.create({
    data: { userId: (joined.actor as { userId: string }).userId, organizationId: organization.id, role: "admin" },
  });
  const actor: Actor = joined.actor;
  const created = await createIncident(ctx, actor, {
    title: "Lab results posted to the wrong patient",
    description: "Two patients' results were posted to another patient.",
    awareAt: new Date(Date.now() - 3 * 3_600_000).toISOString(),
    timeZone: ZONE,
    facts,
    containment: "The patient returned the letter.",
    ongoing: false,
    submit: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentId = created.value.id;
  const letters = await createCommunicationDraft(ctx, actor, {
    incidentId,
    language: "fr",
    channel: "letter",
    recipients: [{ name: "Luc Martin", postalAddress: "3 place Bellecour\n69002 Lyon" }],
  });
  if (!letters.ok) throw new Error(JSON.stringify(letters));
  lettersId = letters.value.communication.id;
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

async function signInManager(page: Page) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("E-mail").fill(MANAGER.email);
  await page.getByLabel("Password").fill(MANAGER.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
}

const group = (page: Page, question: string) => page.getByRole("group", { name: question, exact: true });
const duplicateIds = (page: Page) =>
  page.evaluate(() => {
    const seen = new Map<string, number>();
    for (const element of document.querySelectorAll("[id]")) seen.set(element.id, (seen.get(element.id) ?? 0) + 1);
    return [...seen].filter(([, count]) => count > 1).map(([id]) => id);
  });

async function draftSaved(page: Page) {
  await page
    .getByTestId("autosave-status")
    .getByText(/^Draft saved/)
    .waitFor({ timeout: 15_000 });
}

describe("drafts, letters and print", () => {
  it("brings a manager's draft back exactly as left, and refuses a containment before the discovery", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const errors = watchForPageErrors(page);
    await signInManager(page);
    await page.goto(`${baseUrl}/incidents/new`);
    await page.getByLabel("A short title").fill("Letter to the wrong patient");
    await page.getByLabel("What happened, in your own words").fill("A letter with lab results went to another patient.");
    const discovered = await page.getByLabel("When it was discovered").inputValue();
    await page.getByRole("button", { name: /^Next:/ }).click();
    await page.getByRole("heading", { level: 2, name: "What happened to the data, and whose" }).waitFor();
    expect(await duplicateIds(page)).toEqual([]);
    await group(page, "What happened to the data? Choose all that apply.")
      .getByLabel("Someone who should not have seen it could see it")
      .check();
    await group(page, "Could anyone outside the practice have seen the data? Who?")
      .getByLabel("A person we know, such as another patient who received the wrong letter")
      .check();
    await group(page, "Was it an accident, or did someone do it on purpose?").getByLabel("An accident or mistake").check();
    await group(page, "What kind of information was involved? Choose all that apply.")
      .getByLabel("Anything medical: diagnoses, results, prescriptions")
      .check();
    await page.getByLabel("About how many people are affected?").fill("1");
    await page.getByRole("button", { name: /^Next:/ }).click();
    await page.getByRole("heading", { level: 2, name: "Containing it" }).waitFor();
    // "Still going on?" is left unanswered on purpose.
    await page.getByLabel("What has been done to contain it").fill("We asked the patient to return the letter.");
    await draftSaved(page);
    await page.waitForTimeout(1_500);
    await draftSaved(page);

    const draft = await db.incident.findFirstOrThrow({
      where: { state: "draft", organization: { slug: ORG } },
      orderBy: { createdAt: "desc" },
    });
    expect(draft.ongoing).toBeNull();
    await page.goto(`${baseUrl}/incidents/new?draft=${draft.id}`);
    await page.getByTestId("autosave-status").getByText("Draft restored.").waitFor();
    expect(await page.getByLabel("A short title").inputValue()).toBe("Letter to the wrong patient");
    expect(await page.getByLabel("When it was discovered").inputValue()).toBe(discovered);
    await page.getByRole("button", { name: /^Next:/ }).click();
    await page.getByRole("heading", { level: 2, name: "What happened to the data, and whose" }).waitFor();
    expect(
      await group(page, "Could anyone outside the practice have seen the data? Who?")
        .getByLabel("A person we know, such as another patient who received the wrong letter")
        .isChecked(),
    ).toBe(true);
    expect(await page.getByLabel("About how many people are affected?").inputValue()).toBe("1");
    await page.getByRole("button", { name: /^Next:/ }).click();
    await page.getByRole("heading", { level: 2, name: "Containing it" }).waitFor();
    const ongoing = group(page, "Is it still going on?");
    expect(await ongoing.getByLabel("Yes, it is still going on").isChecked()).toBe(false);
    expect(await ongoing.getByLabel("No, it has stopped").isChecked()).toBe(false);
    expect(await page.getByLabel("What has been done to contain it").inputValue()).toBe("We asked the patient to return the letter.");

    // Contained an hour before anyone knew of it: refused on that field, in plain words.
    await ongoing.getByLabel("No, it has stopped").check();
    const discoveredAt = new Date(`${discovered}:00Z`).getTime();
    const before = new Date(discoveredAt - 3_600_000).toISOString().slice(0, 16);
    await page.getByLabel("When it was contained").fill(before);
    await page.getByRole("button", { name: "Check all answers first" }).click();
    await page.getByText("When it was contained: must not be before when it was discovered").waitFor();
    expect(await page.getByLabel("When it was contained").getAttribute("aria-invalid")).toBe("true");
    expect(await page.getByRole("heading", { level: 2, name: "Containing it" }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(
    "lets the DPO add a person by hand and preview the letter headed with that person's name and address",
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      usedStep = await signInWithCode(page, baseUrl, { email: DPO.email, password: DPO.password, secret: dpoSecret, usedStep });
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/incidents/${incidentId}/communications?c=${lettersId}`);
      const form = page.getByRole("form", { name: "Add a person" });
      await form.getByLabel("Name").fill("Marie Dubois");
      await form.getByLabel("E-mail address").fill("marie.dubois@example.fr");
      await form.getByRole("button", { name: "Add this person" }).click();
      // A letter needs a postal address: the field says so, and what was typed stays.
      await form.getByText("Postal address: postal address is missing: a letter needs one").waitFor();
      expect(await form.getByLabel("Name").inputValue()).toBe("Marie Dubois");
      await form.getByLabel("Postal address").fill("12 rue des Lilas\n69003 Lyon");
      await form.getByRole("button", { name: "Add this person" }).click();
      await page.getByRole("heading", { name: "People (2)" }).waitFor();

      // Every Preview and Remove names its person.
      expect(await page.getByRole("button", { name: "Remove Marie Dubois from the list" }).count()).toBe(1);
      expect(await page.getByRole("button", { name: "Remove Luc Martin from the list" }).count()).toBe(1);
      await page.getByRole("link", { name: "Preview the letter to Marie Dubois" }).click();
      const preview = page.locator("article[aria-labelledby=preview-heading]");
      await preview.getByRole("heading", { name: "Preview of the letter to Marie Dubois" }).waitFor();
      expect(await preview.locator("address").textContent()).toContain("12 rue des Lilas");
      expect(await preview.textContent()).not.toContain("marie.dubois@example.fr");
      expect(await duplicateIds(page)).toEqual([]);

      // The DPO words the letter herself, approves it, and the preview is her text with the person's name.
      const wording = page.getByRole("form", { name: "The text of the message" });
      await wording.getByLabel("Subject").fill("Vos résultats d'analyse");
      // Her own opening; the rest (contact point, consequences, measures) stays, as approval checks her text for them.
      const generated = await wording.getByLabel("Text").inputValue();
      const ownWords = generated.replace(
        /^[^\n]*\n/,
        "Madame, Monsieur {name},\n\nUne lettre contenant vos résultats a été envoyée par erreur à un autre patient.\n",
      );
      expect(ownWords).not.toBe(generated);
      await wording.getByLabel("Text").fill(ownWords);
      await wording.getByRole("button", { name: "Save the text" }).click();
      await wording.getByText("Text saved.").waitFor();
      await page.getByRole("button", { name: "Approve (DPO)" }).click();
      await page.getByText("Approved by the DPO, not sent yet").first().waitFor();
      await page.getByRole("link", { name: "Preview the letter to Marie Dubois" }).click();
      await preview.getByText("approved text").waitFor();
      expect(await preview.locator("div.prose").textContent()).toBe(ownWords.replace("{name}", "Marie Dubois"));
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it("prints the notification without the menu or buttons, and no page repeats an id", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    usedStep = await signInWithCode(page, baseUrl, { email: DPO.email, password: DPO.password, secret: dpoSecret, usedStep });
    for (const path of ["/settings", `/incidents/${incidentId}`, `/incidents/${incidentId}/notification`, "/incidents/new"]) {
      await page.goto(`${baseUrl}${path}`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      expect(await duplicateIds(page), path).toEqual([]);
    }
    await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
    await page.getByRole("heading", { level: 1 }).first().waitFor();
    expect(await page.getByRole("button").count()).toBeGreaterThan(0);
    await page.emulateMedia({ media: "print" });
    expect(await page.getByRole("navigation", { name: "Main" }).isVisible()).toBe(false);
    const visibleButtons = await page.evaluate(
      () =>
        [...document.querySelectorAll("button, input, select, textarea")].filter(
          (element) => (element as HTMLElement).offsetParent !== null,
        ).length,
    );
    expect(visibleButtons).toBe(0);
    const color = await page.evaluate(() => getComputedStyle(document.body).color);
    expect(color).toBe("rgb(0, 0, 0)");
    expect(await page.getByRole("heading", { level: 1 }).first().isVisible()).toBe(true);
    await page.close();
  });
});
