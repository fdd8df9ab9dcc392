import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isoToLocalInput } from "@/components/incidents/local-time";
import { launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { AVERAGE_TYPIST, FIVE_MINUTES_S, formatPrediction, predict, SLOW_TYPIST } from "./support/keystroke-level-model";
import { ModelledUser } from "./support/modelled-user";
import { joinedMember } from "./support/people";

/*
 * Issue #5: "Logging a simple incident through the wizard takes a first-time user under five minutes."
 * No timing study is possible here, so the time is predicted: the real wizard is driven in chromium the way a
 * first-time practice manager would fill it in (mouse and keyboard, reading every word shown), every click,
 * keystroke and newly visible text is recorded, and the keystroke-level model (support/keystroke-level-model.ts,
 * with its sources) turns that into seconds. The simple incident: a letter with one patient's lab results was
 * posted to another patient, who has just phoned the practice. She answers what is asked openly, types the
 * day the letter went out and what is being done, and leaves the folded optional extras and the pre-filled
 * cautious answers as they are; she sends from the last step (the review is offered, not imposed).
 */

const baseUrl = inject("baseUrl");
const ZONE = "Europe/Paris";
const PASSWORD = "meadow copper lantern eleven";
const TITLE = "Lab results sent to the wrong patient";
const DESCRIPTION =
  "A letter with Mr Martin's blood test results was posted to another patient, Mrs Martin, on Monday. " +
  "She phoned us just now and will bring the letter back.";
let browser: Browser;
let email = "";

beforeAll(async () => {
  browser = await launchBrowser();
  const org = (await cli("org", "create", "--name", "Cabinet Martin", "--tz", ZONE)).trim();
  email = "manager@cabinet-martin.example";
  await joinedMember(org, email, "manager", PASSWORD);
}, 120_000);
afterAll(async () => browser?.close());

async function signIn(page: Page) {
  await page.goto(`${baseUrl}/signin`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
}

describe("the five-minute intake (issue #5)", () => {
  it("predicts a first-time manager logs a misdirected lab-results letter in under five minutes", { timeout: 120_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await signIn(page);
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents`);
    await page.waitForLoadState("networkidle");

    const user = new ModelledUser(page);
    const heading = (title: string) => page.getByRole("heading", { level: 2, name: title, exact: true });
    const group = (question: string) => page.getByRole("group", { name: question, exact: true });
    const next = async (title: string) => {
      await user.considerUntouched();
      await user.click(page.getByRole("button", { name: /^Next:/ }), { leaves: true });
      await heading(title).waitFor();
      await user.step(title);
    };

    await user.click(page.getByRole("link", { name: "Report a breach" }), { leaves: true });
    await heading("What happened, and when").waitFor();
    await page.waitForLoadState("networkidle");
    await user.step("What happened, and when");
    await user.type(page.getByLabel("A short title"), TITLE);
    await user.type(page.getByLabel("What happened, in your own words"), DESCRIPTION);
    // Discovery and awareness are filled in with "now" (she is reporting the call she just took); she gives
    // the day the letter went out. How it came to light is in her description: that optional fold stays closed.
    expect(await page.getByLabel("When you became aware it involved personal data").inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    const posted = isoToLocalInput(new Date(Date.now() - 2 * 24 * 3_600_000).toISOString(), ZONE).slice(0, 11) + "09:00";
    await user.typeDateTime(page.getByLabel("When it happened (or began)"), posted);
    // The draft keeps itself from here on (a title and an awareness time): its status line is read once.
    await page
      .getByTestId("autosave-status")
      .getByText(/^Draft saved /)
      .waitFor({ timeout: 15_000 });
    await user.read();

    await next("What happened to the data, and whose");
    await user.choose(
      group("What happened to the data? Choose all that apply.").getByLabel("Someone who should not have seen it could see it"),
    );
    await user.choose(
      group("Could anyone outside the practice have seen the data? Who?").getByLabel(
        "A person we know, such as another patient who received the wrong letter",
      ),
    );
    await user.choose(group("Was it an accident, or did someone do it on purpose?").getByLabel("An accident or mistake"));

    const kinds = group("What kind of information was involved? Choose all that apply.");
    await user.choose(kinds.getByLabel("Names, addresses, dates of birth"));
    await user.choose(kinds.getByLabel("Anything medical: diagnoses, results, prescriptions"));
    expect(await group("Who are these people? Choose all that apply.").getByLabel("Patients", { exact: true }).isChecked()).toBe(true);
    await user.type(page.getByLabel("About how many people are affected?"), "1");

    await next("Containing it");
    await user.type(page.getByLabel("What has been done to contain it"), "She will bring the letter back today.");
    await user.choose(group("Is it still going on?").getByLabel("No, it has stopped"));
    // Sent from the last step: the review is offered ("Check all answers first"), not imposed.
    await user.considerUntouched();
    await user.click(page.getByRole("button", { name: "Send the report" }), { leaves: true });
    await user.wait("the report is saved and the incident file opens", () =>
      page.getByRole("heading", { level: 1, name: TITLE }).waitFor(),
    );
    expect(await page.getByTestId("incident-state").textContent()).toBe("Reported to the DPO");
    // Reported with complete facts: the cautious answers filled the rest of the contract's facts.
    expect(await page.getByText("Some facts are still missing.").count()).toBe(0);
    // The cautious answers she left alone are marked as assumptions for the DPO, in words: the nine
    // pre-filled facts and the two times filled in with "now"; what she answered herself is not marked.
    await page.getByTestId("assumed-note").getByText("9 answers are the cautious default: confirm or correct them.").waitFor();
    expect(await page.getByText("assumed, not confirmed by the reporter", { exact: true }).count()).toBe(11);
    const row = (question: string) => page.locator(".facts-row").filter({ has: page.getByText(question, { exact: false }) });
    expect(await row("Was it encrypted, and is the key safe?").textContent()).toContain("assumed, not confirmed by the reporter");
    expect(await row("Was it an accident, or did someone do it on purpose?").textContent()).not.toContain("assumed");
    expect(errors).toEqual([]);

    const average = predict(user.clean, AVERAGE_TYPIST);
    const slow = predict(user.clean, SLOW_TYPIST);
    const inputs = user.clean.filter((step) => step.kind === "type" || step.kind === "click").length;
    console.log(
      [
        `[five-minute check] simple incident, first-time manager: ${inputs} clicks and typed fields, ${average.counts.words} words read`,
        formatPrediction("average typist", average),
        formatPrediction("slow typist", slow),
        `words read, in order: ${user.shown.join(" | ")}`,
      ].join("\n"),
    );
    expect(average.seconds.total).toBeLessThan(FIVE_MINUTES_S);
    // The slow typist (K = 0.5 s) is reported, not asserted: typing her 250 keystrokes alone takes 125 s, and
    // what is left is not enough for reading every question once (see the printed breakdown).
    await context.close();
  });
});
