import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isoToLocalInput } from "@/components/incidents/local-time";
import { codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { freshCodeStep, launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { AVERAGE_TYPIST, formatPrediction, predict, SLOW_TYPIST } from "./support/keystroke-level-model";
import { ModelledUser } from "./support/modelled-user";

/*
 * The open-imaging-server case, end to end: a practice manager reports it through the wizard (one step by
 * keyboard alone, on a 360 px wide screen), the DPO sees it, the register exports it, and two tabs editing
 * the same incident meet the conflict panel.
 */

const baseUrl = inject("baseUrl");
const ZONE = "Europe/Paris";
const TITLE = "Image server reachable from the internet";
let browser: Browser;
let org = "";
let incidentUrl = "";

interface Person {
  email: string;
  name: string;
  password: string;
  totpSecret?: string;
  lastCodeStep?: number;
}
let manager: Person;
let dpo: Person;

/** Adds a member with the CLI and accepts the invitation in the browser, enrolling TOTP when the role needs it. */
async function invite(role: string, email: string, name: string, password: string): Promise<Person> {
  const link = (await cli("user", "add", "--org", org, "--email", email, "--role", role, "--language", "en")).trim();
  const page = await browser.newPage();
  await page.goto(link);
  // Hydrated before typing: on a busy machine a click can otherwise beat the form's script.
  await page.waitForLoadState("networkidle");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("Choose a password").fill(password);
  const person: Person = { email, name, password };
  if (await page.getByTestId("totp-secret").count()) {
    person.totpSecret = (await page.getByTestId("totp-secret").textContent())!.replace(/\s/g, "");
    person.lastCodeStep = timeStep(new Date());
    await page.getByLabel("Code from the app").fill(codeForStep(person.totpSecret, person.lastCodeStep));
  }
  await page.getByRole("button", { name: "Create my account" }).click();
  await page
    .getByRole("status")
    .getByText("Your account is ready")
    .waitFor()
    .catch(async (error: Error) => {
      throw new Error(`${error.message}\nThe page said: ${(await page.locator("main").textContent())?.slice(0, 500)}`);
    });
  await page.close();
  return person;
}

async function signIn(page: Page, person: Person) {
  await page.goto(`${baseUrl}/signin`);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  if (person.totpSecret) {
    const codeField = page.getByLabel("Authentication code");
    await codeField.waitFor();
    person.lastCodeStep = await freshCodeStep(person.lastCodeStep ?? 0);
    await codeField.fill(codeForStep(person.totpSecret, person.lastCodeStep));
    await page.getByRole("button", { name: "Sign in" }).click();
  }
  await page
    .getByRole("heading", { level: 1, name: "Dashboard" })
    .waitFor()
    .catch(async (error: Error) => {
      throw new Error(
        `${error.message}\nAt ${page.url()} the page said: ${(
          await page
            .locator("body")
            .textContent({ timeout: 5_000 })
            .catch(() => "")
        )?.slice(0, 500)}`,
      );
    });
}

/** A local time in the practice's zone, as a datetime-local input wants it. */
const local = (msFromNow: number) => isoToLocalInput(new Date(Date.now() + msFromNow).toISOString(), ZONE);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const group = (page: Page, question: string) => page.getByRole("group", { name: question, exact: true });
/** Leaves a step by its Next button (fields left as they are count as decisions) and waits for the next one. */
async function next(page: Page, user: ModelledUser, nextTitle: string) {
  await user.considerUntouched();
  await user.click(page.getByRole("button", { name: /^Next:/ }), { leaves: true });
  await page.getByRole("heading", { level: 2, name: nextTitle, exact: true }).waitFor();
  await user.step(nextTitle);
}

beforeAll(async () => {
  browser = await launchBrowser();
  org = (await cli("org", "create", "--name", "Imagerie du Lac", "--tz", ZONE)).trim();
  manager = await invite("manager", "claire@imagerie-lac.example", "Claire Dubois", "harbour lantern willow seven");
  dpo = await invite("dpo", "dpo@imagerie-lac.example", "Hugo Lefèvre", "granite orchard piano ninety");
}, 120_000);
afterAll(async () => browser?.close());

describe("incident intake", () => {
  it("lets a manager report the open imaging server through the wizard on a phone, partly by keyboard", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ viewport: { width: 360, height: 780 } });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, manager);
    await page.goto(`${baseUrl}/incidents`);
    const started = Date.now();
    // Everything the manager does goes through `user`, so the five-minute prediction (issue #5) can be made for
    // this case too; the test's deliberate mistakes run `aside`, out of the predicted path.
    const user = new ModelledUser(page);
    await user.click(page.getByRole("link", { name: "Report a breach" }), { leaves: true });
    await page.getByRole("heading", { level: 2, name: "What happened, and when" }).waitFor();
    await user.step("What happened, and when");

    // Step 1 partly by keyboard alone: Tab to the first field, type, Tab on, and later Enter on the Next button.
    for (let presses = 0; presses < 40; presses++) {
      await user.press("Tab");
      if ((await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)) === "title") break;
    }
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("title");
    await user.typeHere(TITLE);
    await user.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.getAttribute("name"))).toBe("description");
    await user.typeHere(
      "Our IT provider told us the PACS image server was reachable from the internet without a password for " +
        "about four months. It holds the scans of 5,300 patients with their names and dates of birth, " +
        "unencrypted.",
    );

    // The times: the zone is named; discovery and awareness start at "now"; bad times are refused, naming the
    // field and keeping what was typed.
    await page.getByText(`Times are read in the practice's time zone: ${ZONE}`).waitFor();
    const occurred = local(-122 * DAY);
    const discovered = local(-26 * HOUR);
    const awareField = page.getByLabel("When you became aware it involved personal data");
    expect(await awareField.inputValue()).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d$/);
    await page.getByText("Filled in with now; change it if you knew earlier.").waitFor();
    await user.typeDateTime(page.getByLabel("When it happened (or began)"), occurred);
    await user.typeDateTime(page.getByLabel("When it was discovered"), discovered);
    const future = local(2 * DAY);
    await user.aside(async () => {
      await user.typeDateTime(awareField, future);
      await user.click(page.getByRole("button", { name: /^Next:/ }));
    });
    await page
      .getByRole("alert")
      .filter({ hasText: "When you became aware it involved personal data: must not be in the future" })
      .waitFor();
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("awareAt");
    expect(await awareField.inputValue()).toBe(future);
    // Aware before the breach even began (discovery left empty for a moment, so that is the rule that speaks).
    const beforeOccurred = local(-200 * DAY);
    await user.aside(async () => {
      await user.typeDateTime(page.getByLabel("When it was discovered"), "");
      await user.typeDateTime(awareField, beforeOccurred);
      await user.click(page.getByRole("button", { name: /^Next:/ }));
    });
    await page
      .getByRole("alert")
      .filter({ hasText: "When you became aware it involved personal data: must not be before when it happened" })
      .waitFor();
    expect(await awareField.inputValue()).toBe(beforeOccurred);
    expect(await page.getByLabel("When it happened (or began)").inputValue()).toBe(occurred);
    await user.aside(() => user.typeDateTime(page.getByLabel("When it was discovered"), discovered));
    // Awareness 24 h after the discovery: the reason is asked for at once, and required.
    await user.typeDateTime(awareField, local(-2 * HOUR));
    await page.getByLabel("Why awareness came later than discovery").waitFor();
    await user.aside(() => user.click(page.getByRole("button", { name: /^Next:/ })));
    await page.getByText("Why awareness came later than discovery: is required").waitFor();
    await user.type(
      page.getByLabel("Why awareness came later than discovery"),
      "The IT provider first checked whether the server really held patient data; confirmed the next morning.",
    );
    // How it was discovered is optional, folded until asked for.
    await user.click(page.getByText("Add how it was discovered (optional)"));
    await user.type(
      page.getByLabel("How it was discovered"),
      "A security researcher e-mailed our IT provider a screenshot of our server's login-free web viewer.",
    );
    await user.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Next: What happened to the data/);
    await user.considerUntouched();
    await user.press("Enter", { decided: true, leaves: true });
    await page.getByRole("heading", { level: 2, name: "What happened to the data, and whose" }).waitFor();
    await user.step("What happened to the data, and whose");
    // Focus moved to the new step's heading, so a screen reader announces it.
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe("H2");
    // The draft saved itself, with the time in the practice's zone.
    await page
      .getByTestId("autosave-status")
      .getByText(/^Draft saved \d\d:\d\d (CET|CEST)$/)
      .waitFor({ timeout: 15_000 })
      .catch(async (error: Error) => {
        throw new Error(`${error.message}\nThe status said: ${await page.getByTestId("autosave-status").textContent()}`);
      });

    // Whose data it is, identifiability, encryption, whether anyone saw it and exfiltration start at their cautious answers, which
    // are this case's: they are not asked again, and the summary before sending says them.
    await user.choose(
      group(page, "What happened to the data? Choose all that apply.").getByLabel("Someone who should not have seen it could see it"),
    );
    await user.choose(
      group(page, "Could anyone outside the practice have seen the data? Who?").getByLabel(
        "Anyone: it was on the internet or in a public place",
      ),
    );
    await user.choose(group(page, "Was it an accident, or did someone do it on purpose?").getByLabel("An accident or mistake"));
    const kinds = group(page, "What kind of information was involved? Choose all that apply.");
    await user.choose(kinds.getByLabel("Names, addresses, dates of birth"));
    await user.choose(kinds.getByLabel("Anything medical: diagnoses, results, prescriptions"));
    expect(await group(page, "Who are these people? Choose all that apply.").getByLabel("Patients", { exact: true }).isChecked()).toBe(
      true,
    );
    const count = page.getByLabel("About how many people are affected?");
    await user.aside(async () => {
      await user.type(count, "-5");
      await user.click(page.getByRole("button", { name: /^Next:/ }));
    });
    await page.getByRole("alert").filter({ hasText: "About how many people are affected?: must be 0 or more" }).waitFor();
    expect(await count.inputValue()).toBe("-5");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("facts.subjects.count");
    await user.type(count, "5300");
    await user.click(page.getByText("Add about how many records and rarer details (optional)"));
    await user.type(page.getByLabel("About how many records or documents are affected, if you know?"), "5300");
    await next(page, user, "Containing it");

    await user.type(
      page.getByLabel("What has been done to contain it"),
      "Server taken off the internet by the IT provider; access now only through the practice VPN.",
    );
    await user.choose(group(page, "Is it still going on?").getByLabel("No, it has stopped"));
    await user.typeDateTime(page.getByLabel("When it was contained"), local(-20 * HOUR));
    await page
      .getByText(
        "our own data; names or ID numbers in it; not encrypted (or paper); may have been seen; may have been " +
          "copied; not retrieved or deleted; serious harm still possible; each person can be contacted",
      )
      .waitFor();
    // The longest summary still fits the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    // The review is offered before sending.
    await user.considerUntouched();
    await user.click(page.getByRole("button", { name: "Check all answers first" }), { leaves: true });
    await page.getByRole("heading", { level: 2, name: "Check and send" }).waitFor();
    await user.step("Check and send");

    // The review reads the answers back in plain words, the cautious ones marked as pre-filled.
    await page.getByText("Anyone: it was on the internet or in a public place").waitFor();
    await page
      .getByRole("definition")
      .filter({ hasText: /^5300$/ })
      .first()
      .waitFor();
    await page
      .getByRole("term")
      .filter({ hasText: /^Pre-filled$/ })
      .waitFor();
    // Nothing is wider than the phone's screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await user.click(page.getByRole("button", { name: "Send the report" }), { leaves: true });
    await user.wait("the report is saved and the incident file opens", () =>
      page.getByRole("heading", { level: 1, name: TITLE }).waitFor(),
    );
    const seconds = (Date.now() - started) / 1000;
    console.log(
      `[five-minute check] wizard run from "Report a breach" to the incident file: ${seconds.toFixed(1)} s ` +
        `(automated, including three deliberate error rounds)`,
    );
    console.log(
      [
        "[five-minute check] imaging-server case, predicted for a first-time manager (tests/e2e/support/keystroke-level-model.ts):",
        formatPrediction("as intended (the test's deliberate mistakes left out), average typist", predict(user.clean, AVERAGE_TYPIST)),
        formatPrediction("as intended, slow typist", predict(user.clean, SLOW_TYPIST)),
        formatPrediction("as tested (with the three error rounds), average typist", predict(user.all, AVERAGE_TYPIST)),
      ].join("\n"),
    );
    incidentUrl = page.url().replace(/\?.*$/, "");

    await page.getByText("The incident is reported.").waitFor();
    expect(await page.getByTestId("incident-state").textContent()).toBe("Reported to the DPO");
    // The clock: in words, with the zone named.
    const authorityClock = page.getByTestId("clock").filter({ hasText: "Notify the supervisory authority" });
    await expect(authorityClock.textContent()).resolves.toMatch(/due in (2 d 2\d h|2 d 1\d h|\d+ h)/);
    await expect(authorityClock.textContent()).resolves.toMatch(/(CET|CEST)/);
    // The manager may not start the DPO's assessment: the button is not offered.
    expect(await page.getByRole("button", { name: "Start the assessment" }).count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps an interrupted report as a draft that can be continued", { timeout: 90_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, manager);
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/new`);
    await page.getByLabel("A short title").fill("Letter sent to the wrong patient");
    await page.getByLabel("What happened, in your own words").fill("A discharge letter went to another patient with the same surname.");
    // Awareness an hour ago: discovery, still at the "now" it was filled in with, moves back with it.
    const aware = local(-1 * HOUR);
    await page.getByLabel("When you became aware it involved personal data").fill(aware);
    await expect.poll(() => page.getByLabel("When it was discovered").inputValue()).toBe(aware);
    await page
      .getByTestId("autosave-status")
      .getByText(/^Draft saved \d\d:\d\d (CET|CEST)$/)
      .waitFor({ timeout: 15_000 });
    // Interrupted: the draft is in the list, and its file offers to continue where she left off.
    await page.goto(`${baseUrl}/incidents?state=draft`);
    await page.getByRole("link", { name: "Letter sent to the wrong patient" }).click();
    await page.getByText("This is a draft: the DPO has not been told yet.").waitFor();
    await page.getByRole("link", { name: "Continue the report" }).click();
    await page.getByTestId("autosave-status").getByText("Draft restored.").waitFor();
    expect(await page.getByLabel("What happened, in your own words").inputValue()).toBe(
      "A discharge letter went to another patient with the same surname.",
    );
    expect(await page.getByLabel("When you became aware it involved personal data").inputValue()).toBe(aware);
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows the incident to the practice's DPO, who starts the assessment, and puts it in the register", { timeout: 120_000 }, async () => {
    expect(incidentUrl).not.toBe("");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, dpo);
    // Watched from here: the two-step sign-in answers the password step with a 401 by design.
    const errors = watchForPageErrors(page);
    // The DPO lands on the dashboard, whose clocks list the new incident.
    await page
      .getByRole("link", { name: new RegExp(`^BD-\\d{4}-\\d+: ${TITLE}$`) })
      .first()
      .waitFor();
    await page.goto(`${baseUrl}/incidents?q=imag`);
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByTestId("incident-state").getByText("Being assessed").waitFor();
    // The answers Claire left at their cautious default are marked as assumed; the DPO confirms one as it is.
    await page.getByTestId("assumed-note").getByText("9 answers are the cautious default: confirm or correct them.").waitFor();
    // The times she typed are hers: only the nine facts are marked.
    expect(await page.getByText("assumed, not confirmed by the reporter", { exact: true }).count()).toBe(9);
    await page.getByRole("button", { name: "Confirm the answer: Encryption" }).click();
    await page.getByTestId("assumed-note").getByText("8 answers are the cautious default: confirm or correct them.").waitFor();
    // The assessment shows the same marks, and says its suggestion rests on them.
    await page.getByRole("link", { name: "Risk assessment" }).click();
    const assumptions = page.getByTestId("suggestion-assumptions");
    await assumptions.getByText(/rests on 8 answers assumed, not confirmed by the reporter: whose data it is;/).waitFor();
    expect(await assumptions.textContent()).not.toContain("encryption");
    expect(await page.getByTestId("assumed-answer").count()).toBe(8);

    const csv = await page.request.get(`${baseUrl}/register/export.csv`);
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-disposition"]).toMatch(/^attachment;/);
    const body = await csv.text();
    const line = body.split("\r\n").find((row) => row.includes(TITLE));
    expect(line).toBeDefined();
    expect(line).toContain("5300");
    expect(line).toContain("health");

    const pdf = await page.request.get(`${baseUrl}/register/export.pdf?notified=no`);
    if (pdf.status() !== 200) console.log(await pdf.text());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toBe("application/pdf");
    expect((await pdf.body()).subarray(0, 5).toString()).toBe("%PDF-");

    await page.goto(`${baseUrl}/register?notified=no`);
    await page.getByRole("link", { name: new RegExp(TITLE) }).waitFor();
    await page.locator(".register-entry").filter({ hasText: TITLE }).getByText("Not notified").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("keeps a timeline, tasks, comments and evidence on the incident file", { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, manager);
    await page.goto(incidentUrl);

    const timeline = page.getByRole("region", { name: "Timeline" });
    await timeline.getByLabel("When it happened").fill(local(-3 * HOUR));
    await timeline.getByLabel("What kind of event").selectOption("contact");
    await timeline.getByLabel("What happened").fill("Called the IT provider to confirm the server is offline.");
    await timeline.getByRole("button", { name: "Add to the timeline" }).click();
    await timeline.getByText("Called the IT provider to confirm the server is offline.").waitFor();
    await timeline.getByText("Recorded by Claire Dubois").first().waitFor();

    const tasks = page.getByRole("region", { name: "Action plan" });
    await tasks.getByLabel("Task").fill("Change the PACS admin password");
    await tasks.getByLabel("Owner").selectOption({ label: "Claire Dubois" });
    await tasks.getByLabel("Due").fill(local(DAY));
    await tasks.getByRole("button", { name: "Add the task" }).click();
    await tasks.getByRole("button", { name: "Mark done: Change the PACS admin password" }).click();
    await tasks.getByRole("button", { name: "Reopen: Change the PACS admin password" }).waitFor();

    const evidence = page.getByRole("region", { name: "Evidence and documents" });
    await evidence
      .getByLabel("File")
      .setInputFiles({ name: "viewer.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ...") });
    await evidence.getByRole("button", { name: "Upload" }).click();
    await evidence
      .getByRole("alert")
      .getByText(/^File: is not an allowed type/)
      .waitFor();
    await evidence.getByLabel("File").setInputFiles({
      name: "researcher-email.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("The viewer at pacs.example needs no password.\n"),
    });
    await evidence.getByRole("button", { name: "Upload" }).click();
    const link = evidence.getByRole("link", { name: "researcher-email.txt" });
    await link.waitFor();
    const download = await page.request.get(new URL((await link.getAttribute("href"))!, baseUrl).toString());
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toMatch(/^attachment; filename="researcher-email.txt"/);
    expect(download.headers()["x-content-type-options"]).toBe("nosniff");
    expect(await download.text()).toBe("The viewer at pacs.example needs no password.\n");

    const comments = page.getByRole("region", { name: "Comments" });
    await comments.getByLabel("Your comment").fill("Ask the IT provider for the access logs.");
    await comments.getByRole("button", { name: "Add the comment" }).click();
    await comments.getByText("Ask the IT provider for the access logs.").waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("lets the practice's lawyer comment, without offering the manager's and the DPO's tools", { timeout: 120_000 }, async () => {
    const lawyer = await invite("lawyer", "avocate@imagerie-lac.example", "Maître Anne Roux", "velvet canyon ledger thirty");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, lawyer);
    const errors = watchForPageErrors(page);
    await page.goto(incidentUrl);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(await page.getByText("Edit the description and facts", { exact: true }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add the task" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Upload" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Add to the timeline" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Record the decision as made" }).count()).toBe(0);
    const comments = page.getByRole("region", { name: "Comments" });
    await comments.getByRole("button", { name: "Add the comment" }).click();
    await comments.getByRole("alert").getByText("Your comment: is required").waitFor();
    await comments.getByLabel("Your comment").fill("Art. 34 letters will be needed: health data was public.");
    await comments.getByRole("button", { name: "Add the comment" }).click();
    await comments.getByText("Art. 34 letters will be needed: health data was public.").waitFor();
    await comments.getByText(/^Maître Anne Roux, /).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it("shows a conflict when a second tab saves an older version, keeping that tab's input", { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const first = await context.newPage();
    await signIn(first, manager);
    const second = await context.newPage();
    await first.goto(incidentUrl);
    await second.goto(incidentUrl);
    for (const page of [first, second]) await page.getByText("Edit the description and facts", { exact: true }).first().click();

    await first.getByLabel("What has been done to contain it").fill("Server off the internet; VPN only; admin password changed.");
    await first.getByRole("button", { name: "Save changes" }).click();
    await first
      .getByRole("status")
      .getByText(/^Saved at \d\d:\d\d (CET|CEST) \(version \d+\)\.$/)
      .waitFor();

    const mine =
      "Our IT provider found the PACS server open to the internet for four months (5,300 patients' scans). Updated from the second tab.";
    await second.getByLabel("What happened, in your own words").fill(mine);
    await second.getByRole("button", { name: "Save changes" }).click();
    const panel = second.getByTestId("conflict-panel");
    await panel.waitFor();
    await panel.getByText("What has been done to contain it").waitFor();
    await panel.getByText("Now: Server off the internet; VPN only; admin password changed.").waitFor();
    await panel.getByText(/changed by Claire Dubois at \d\d:\d\d/).waitFor();
    expect(await second.getByLabel("What happened, in your own words").inputValue()).toBe(mine);

    await panel.getByRole("button", { name: "Save mine over theirs" }).click();
    await second
      .getByRole("status")
      .getByText(/^Saved at/)
      .waitFor();
    await second.reload();
    await second.getByText("Updated from the second tab.").first().waitFor();
    await context.close();
  });
});
