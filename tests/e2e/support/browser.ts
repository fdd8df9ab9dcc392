import { chromium, type Browser, type Page } from "playwright-core";
import { codeForStep, timeStep } from "@/lib/domain/accounts/totp";

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** Debian's chromium, headless, with nothing that reaches for the network on its own. */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
    ],
  });
}

/** Fails the test on any console error or uncaught page error, which a silent UI would otherwise hide. */
export function watchForPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    // Where it came from too: a failed request's console line names no address of its own.
    if (message.type() === "error")
      errors.push(`console: ${message.text()} (${message.location().url || "no location"}; page ${page.url()})`);
  });
  return errors;
}

/**
 * The TOTP step for a fresh code: one later than `usedStep` (a code is accepted once). The server allows one
 * step of clock drift each way, so a code for the next step is taken at once; this waits only while even that
 * would be too far ahead, which happens after two sign-ins within the same 30 seconds.
 */
export async function freshCodeStep(usedStep: number): Promise<number> {
  const step = Math.max(timeStep(new Date()), usedStep + 1);
  while (step > timeStep(new Date()) + 1) await new Promise((resolve) => setTimeout(resolve, 250));
  return step;
}

/**
 * Signs in through the form with password and TOTP, with a code for a step later than `usedStep` (the one
 * spent on enrolment or an earlier sign-in), and returns the step it used.
 */
export async function signInWithCode(
  page: Page,
  baseUrl: string,
  login: { email: string; password: string; secret: string; usedStep: number },
) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("E-mail").fill(login.email);
  await page.getByLabel("Password").fill(login.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  const step = await freshCodeStep(login.usedStep);
  await page.getByLabel("Authentication code").fill(codeForStep(login.secret, step));
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
  return step;
}
