import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { messagesOf } from "@/lib/i18n/catalogue";
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { signInOverHttp } from "./support/http-session";
import { joinedMember } from "./support/people";

let browser: Browser;
const baseUrl = inject("baseUrl");

let sessionCookie = "";

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Shell Practice", "--slug", "shell-practice");
  await joinedMember("shell-practice", "nav@shell.example", "manager", "copper kettle morning hills");
  sessionCookie = await signInOverHttp(baseUrl, "nav@shell.example", "copper kettle morning hills");
});

/** A page whose browser carries the signed-in session cookie. */
async function signedInPage() {
  const context = await browser.newContext();
  const [name, ...value] = sessionCookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: baseUrl }]);
  return context.newPage();
}
afterAll(async () => browser?.close());

describe("the app shell", () => {
  it("answers the health check", async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: "ok" });
  });

  it("answers the browser's first request for /favicon.ico with the app's icon, not a 404 in the console", async () => {
    const redirect = await fetch(`${baseUrl}/favicon.ico`, { redirect: "manual" });
    expect(redirect.status).toBe(308);
    expect(new URL(redirect.headers.get("location")!, baseUrl).pathname).toBe("/icon.svg");
    const icon = await fetch(`${baseUrl}/favicon.ico`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get("content-type")).toMatch(/^image\/svg\+xml/);
  });

  it("sends a signed-out visitor to sign in instead of showing an area", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/incidents`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.close();
  });

  it("hands the browser only the text a page shows, never the message catalogue", async () => {
    // Sentences of areas the dashboard never shows: plain ones (no argument, markup or quote), which a page
    // would carry verbatim if the catalogue were handed down with it (docs/I18N.md, "Messages in the browser").
    const { notification, communications, problems, documents } = messagesOf("en");
    const sentences = [notification, communications, problems, documents]
      .flatMap(function leaves(node: unknown): string[] {
        return typeof node === "string" ? [node] : Object.values(node as object).flatMap(leaves);
      })
      .filter((text) => text.length >= 30 && !/[{}<>"'’&]/.test(text));
    expect(sentences.length).toBeGreaterThan(100);
    const response = await fetch(baseUrl, { headers: { cookie: sessionCookie } });
    const html = await response.text();
    expect(html).toContain("<h1>Dashboard</h1>");
    expect(sentences.filter((text) => html.includes(text))).toEqual([]);
  });

  it("navigates between the main areas and marks the current one", async () => {
    const page = await signedInPage();
    const errors = watchForPageErrors(page);
    await page.goto(baseUrl);
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe("Dashboard");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const [label, heading] of [
      ["Incidents", "Incidents"],
      ["Register", "Breach register"],
      ["Settings", "Settings"],
      ["Dashboard", "Dashboard"],
    ] as const) {
      await nav.getByRole("link", { name: label }).click();
      await page.getByRole("heading", { level: 1, name: heading }).waitFor();
      expect(await nav.getByRole("link", { name: label }).getAttribute("aria-current")).toBe("page");
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("can be used by keyboard alone: the first Tab reaches the skip link, which moves focus to the content", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/register`);
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Skip to content");
    await page.keyboard.press("Enter");
    // The jump is asynchronous: wait for it, then the next Tab must land inside the content, not the menu.
    await page.waitForURL((url) => url.hash === "#content");
    await page.waitForFunction(() => document.activeElement?.id === "content");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.closest("#content") !== null)).toBe(true);
    await page.close();
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(baseUrl);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.close();
  });

  it("shows a not-found page for unknown addresses", async () => {
    const response = await fetch(`${baseUrl}/incidents/does-not-exist/anything`);
    expect(response.status).toBe(404);
  });
});
