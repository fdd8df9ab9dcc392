import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";

let browser: Browser;
const baseUrl = inject("baseUrl");
const adminPassword = "lighthouse gravel mosaic quiet";
let adminSecret = "";

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** A TOTP code may be used once: wait for the next 30-second step before signing in again. */
async function nextStepCode(secret: string, usedAt: Date) {
  const used = timeStep(usedAt);
  while (timeStep(new Date()) <= used) await new Promise((resolve) => setTimeout(resolve, 500));
  return codeForStep(secret, timeStep(new Date()));
}

async function signIn(page: Page, email: string, password: string, secret?: string, codeAfter?: Date) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (secret) {
    const codeField = page.getByLabel("Authentication code");
    await codeField.waitFor();
    await codeField.fill(await nextStepCode(secret, codeAfter ?? new Date(0)));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
}

describe("accounts in the browser", () => {
  it("creates the first administrator through the set-up link, with two-factor authentication", { timeout: 90_000 }, async () => {
    const link = JSON.parse(await cli("setup", "--json")).firstAdminLink as string;
    expect(link.startsWith(`${baseUrl}/setup/`)).toBe(true);
    const page = await browser.newPage();
    const errors = watchForPageErrors(page);
    await page.goto(link);
    await page.getByLabel("Practice name").fill("Cabinet Médical du Parc");
    await page.getByLabel("Your name").fill("Paul Martin");
    await page.getByLabel("E-mail").fill("admin@parc.example");
    await page.getByLabel("Choose a password").fill("short");
    adminSecret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    await page.getByLabel("Code from the app").fill(codeForStep(adminSecret, timeStep(new Date())));
    await page.getByRole("button", { name: "Set up Breachdesk" }).click();
    // A bad password is named, and the form keeps working.
    await page.getByText("Choose a password: must be at least 12 characters").waitFor();
    await page.getByLabel("Choose a password").fill(adminPassword);
    await page.getByLabel("Code from the app").fill(codeForStep(adminSecret, timeStep(new Date())));
    await page.getByRole("button", { name: "Set up Breachdesk" }).click();
    await page.getByTestId("recovery-codes").waitFor();
    expect(await page.getByTestId("recovery-codes").locator("li").count()).toBe(10);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("signs the administrator in with password and TOTP, and out again", { timeout: 90_000 }, async () => {
    const page = await browser.newPage();
    await signIn(page, "admin@parc.example", adminPassword, adminSecret, new Date());
    await page.getByRole("link", { name: "Paul Martin" }).waitFor();
    await page.getByRole("button", { name: "Sign out" }).click();
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.goto(`${baseUrl}/account`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    await page.close();
  });

  it("refuses a wrong code without saying which part was wrong", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("E-mail").fill("admin@parc.example");
    await page.getByLabel("Password").fill(adminPassword);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code").fill("000000" === codeForStep(adminSecret, timeStep(new Date())) ? "111111" : "000000");
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByText("The e-mail address, password or code is not right.").waitFor();
    await page.close();
  });

  it("lets an invited manager choose a password and sign in", { timeout: 60_000 }, async () => {
    const link = (
      await cli(
        "user",
        "add",
        "--org",
        "cabinet-medical-du-parc",
        "--email",
        "manager@parc.example",
        "--role",
        "manager",
        "--language",
        "en",
      )
    ).trim();
    const page = await browser.newPage();
    await page.goto(link);
    await page.getByLabel("Your name").fill("Marie Laurent");
    await page.getByLabel("Choose a password").fill("meadow copper violin sunrise");
    await page.getByRole("button", { name: "Create my account" }).click();
    await page.getByRole("status").getByText("Your account is ready").waitFor();
    await signIn(page, "manager@parc.example", "meadow copper violin sunrise");
    await page.getByRole("link", { name: "Marie Laurent" }).waitFor();
    // The link worked once.
    await page.goto(link);
    await page.getByText("This link has expired or was already used").waitFor();
    await page.close();
  });
});
