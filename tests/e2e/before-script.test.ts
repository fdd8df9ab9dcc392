import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser } from "./support/browser";

/*
 * What a form does before the page's script runs (docs/CONVENTIONS.md, "Forms"), seen with script off: on a
 * busy machine or a slow phone a person can type and press Enter before hydration, and the browser would then
 * submit a scripted form itself, by GET, writing the password into the address bar, the history and the logs.
 */
let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

describe("a scripted form before its script runs", () => {
  it("keeps the sign-in form from submitting, so the password stays out of the address", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      let sent = 0;
      page.on("request", (request) => {
        if (request.isNavigationRequest() && request.url() !== `${baseUrl}/signin`) sent += 1;
      });
      await page.goto(`${baseUrl}/signin`);
      // The fields take typing (and a password manager's autofill) at once; only submitting waits.
      await page.locator("input[name=email]").fill("someone@example.org");
      await page.locator("input[name=password]").fill("a password in the address bar");
      expect(await page.locator("form button[type=submit]").isDisabled()).toBe(true);
      expect(await page.locator("form").getAttribute("method")).toBe("post");
      // Enter in a field submits a form implicitly, unless its first submit button is disabled.
      await page.locator("input[name=password]").press("Enter");
      await page.waitForTimeout(500);
      expect(sent).toBe(0);
      expect(page.url()).toBe(`${baseUrl}/signin`);
    } finally {
      await context.close();
    }
  });

  it("enables the same form once the script has run", async () => {
    const page = await browser.newPage();
    try {
      await page.goto(`${baseUrl}/signin`);
      await page.locator("form[data-hydrated]").waitFor();
      expect(await page.locator("form button[type=submit]").isDisabled()).toBe(false);
    } finally {
      await page.close();
    }
  });
});
