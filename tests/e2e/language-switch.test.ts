import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { messagesOf } from "@/lib/i18n/catalogue";
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { englishOnPage } from "./support/page-language";
import { joinedMember } from "./support/people";

/*
 * Issue 18: the interface language. A person of a French practice who chose nothing reads French (the practice's
 * country, docs/I18N.md); they choose English, then Czech, in Your account, and the next page follows, its
 * <html lang> included. A signed-out visitor reads what their browser asks for.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const PASSWORD = "orchard pebble lantern violet";
const MANAGER = "claire@cabinet-lumiere.example";

let browser: Browser;
// The French and Czech words by their keys, so a reworded translation does not break the test; English as written.
const fr = messagesOf("fr");
const cs = messagesOf("cs");

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Cabinet Lumière", "--slug", "cabinet-lumiere", "--country", "FR");
  // No language of her own: she reads her practice's.
  await joinedMember("cabinet-lumiere", MANAGER, "manager", PASSWORD, null);
}, 120_000);
afterAll(async () => browser?.close());

const pageLanguage = (page: Page) => page.evaluate(() => document.documentElement.lang);
const heading = async (page: Page) => ((await page.getByRole("heading", { level: 1 }).textContent()) ?? "").trim();

/** Signs in through the form and waits to leave it; the sign-in page itself follows the browser (English here). */
async function signIn(page: Page) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("E-mail").fill(MANAGER);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL(`${baseUrl}/`);
}

describe("the interface language", () => {
  it(
    "a person of a French practice reads French, chooses English then Czech in Your account, and the next page follows",
    { timeout: 120_000 },
    async () => {
      // Her browser asks for English: the practice's country comes first for a person who chose nothing.
      const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "en-GB,en;q=0.9" } });
      const page = await context.newPage();
      const errors = watchForPageErrors(page);
      await signIn(page);
      expect(await pageLanguage(page)).toBe("fr");

      await page.goto(`${baseUrl}/account`);
      expect(await pageLanguage(page)).toBe("fr");
      expect(await heading(page)).toBe(fr.account.title);
      const french = page.getByLabel(fr.account.language.label);
      expect(await french.inputValue()).toBe("");
      expect(await englishOnPage(page, "fr")).toEqual([]);
      // Each language is named in itself, so a person who cannot read French still finds theirs.
      expect(await french.locator("option").allTextContents()).toEqual([
        fr.account.language.followPractice,
        "English",
        "Français",
        "Čeština",
        "Deutsch",
      ]);
      await french.selectOption("en");
      await page.getByRole("button", { name: fr.account.language.save }).click();
      // The page is drawn again in English, <html lang> with it.
      await page.getByRole("heading", { level: 1, name: "Your account" }).waitFor();
      await page.waitForFunction(() => document.documentElement.lang === "en");
      await page.getByRole("status").getByText("Saved.").waitFor();

      // The next page too.
      await page.goto(`${baseUrl}/account/two-factor`);
      expect(await pageLanguage(page)).toBe("en");
      expect(await heading(page)).toBe("Two-factor authentication");

      await page.goto(`${baseUrl}/account`);
      const english = page.getByLabel("Language of the interface");
      expect(await english.inputValue()).toBe("en");
      await english.selectOption("cs");
      await page.getByRole("button", { name: "Save language" }).click();
      await page.getByRole("heading", { level: 1, name: cs.account.title }).waitFor();
      await page.waitForFunction(() => document.documentElement.lang === "cs");

      await page.goto(`${baseUrl}/account/two-factor`);
      expect(await pageLanguage(page)).toBe("cs");
      expect(await heading(page)).toBe(cs.account.twoFactor.title);
      await page.goto(`${baseUrl}/account`);
      expect(await page.getByLabel(cs.account.language.label).inputValue()).toBe("cs");
      expect(await page.getByRole("button", { name: cs.auth.signOut, exact: true }).count()).toBe(1);

      // Following the practice again: French once more.
      await page.getByLabel(cs.account.language.label).selectOption("");
      await page.getByRole("button", { name: cs.account.language.save }).click();
      await page.getByRole("heading", { level: 1, name: fr.account.title }).waitFor();
      expect(await pageLanguage(page)).toBe("fr");
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it("a signed-out visitor whose browser asks for Czech gets the Czech sign-in page", { timeout: 60_000 }, async () => {
    const context = await browser.newContext({ extraHTTPHeaders: { "Accept-Language": "cs-CZ,cs;q=0.9,en;q=0.6" } });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/signin`);
    expect(await pageLanguage(page)).toBe("cs");
    expect(await heading(page)).toBe(cs.auth.signIn.title);
    await page.getByLabel(cs.auth.signIn.password).waitFor();
    expect(await page.getByRole("button", { name: cs.auth.signIn.submit }).count()).toBe(1);
    expect(await page.locator("main").textContent()).toContain(cs.auth.signIn.intro);
    expect(await englishOnPage(page, "cs")).toEqual([]);
    // A wrong password is answered in Czech too.
    await page.getByLabel("E-mail").fill(MANAGER);
    await page.getByLabel(cs.auth.signIn.password).fill("not her password at all");
    await page.getByRole("button", { name: cs.auth.signIn.submit }).click();
    await page.getByRole("alert").getByText(cs.auth.signIn.wrong).waitFor();
    // The refused sign-in is the one failed request the browser reports; nothing else went wrong.
    const refusal = (error: string) => error.includes("status of 401") && error.includes("/api/auth/callback/credentials");
    expect(errors.filter(refusal)).toHaveLength(1);
    expect(errors.filter((error) => !refusal(error))).toEqual([]);
    await context.close();
  });
});
