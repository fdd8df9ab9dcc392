import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { publishedRecords } from "../integration/support/facts";
import type { Actor } from "@/lib/server/actor";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { appContext, joinedWithTwoFactor } from "./support/people";

/*
 * No dead ends for the DPO (issue 17, part A): the decision screen asks a reason only for an override; after
 * the authority filing of a high-risk breach the file still shows "Tell the people affected" with its clock and
 * a working link to the Art. 34 page (and so does the dashboard); closing with it open asks why; a draft
 * nobody reported can be discarded; and no page shows a stored id ("partially_failed", "follow_up") to people.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const EMAIL = "dpo@open-obligations.example";
const PASSWORD = "lantern meadow copper thistle";
const facts = publishedRecords(2);
const OVERRIDE_REASON = "A notice on the website reaches them sooner than letters would.";
const CLOSE_REASON = "The practice ceased; its successor writes to the patients.";

let browser: Browser;
let page: Page;
let errors: string[];
let ctx: Awaited<ReturnType<typeof appContext>>;
let actor: Actor;
let incidentId = "";
let draftId = "";

/** Any snake_case token in the text people read is a stored id shown raw. */
async function rawIds(): Promise<string[]> {
  const text = await page.locator("main").innerText();
  return text.match(/\b[a-z]+_[a-z_]+\b/g) ?? [];
}

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Obligations Practice", "--slug", "obligations-practice");
  const joined = await joinedWithTwoFactor("obligations-practice", EMAIL, "dpo", "Dora Pérez", PASSWORD);
  actor = joined.actor;
  ctx = await appContext();
  const base = { awareAt: new Date(Date.now() - 3 * 3_600_000).toISOString(), timeZone: "Europe/Paris", facts };
  const created = await createIncident(ctx, actor, {
    ...base,
    title: "Patient list posted on the website",
    description: "The list was public for a day.",
    submit: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentId = created.value.id;
  const draft = await createIncident(ctx, actor, { ...base, title: "Draft to throw away", submit: false });
  if (!draft.ok) throw new Error(JSON.stringify(draft));
  draftId = draft.value.id;
  page = await browser.newPage();
  await signInWithCode(page, baseUrl, { email: EMAIL, password: PASSWORD, secret: joined.secret, usedStep: joined.usedStep });
  errors = watchForPageErrors(page);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await ctx?.close();
});

describe("the DPO's path from the decision to closing", () => {
  it("decides: accepting needs no reason, overriding asks for one in override words", { timeout: 60_000 }, async () => {
    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    await page.getByRole("heading", { level: 1, name: "Patient list posted on the website" }).waitFor();
    // No decision yet: nothing offers to record it as made.
    expect(await page.getByRole("button", { name: "Record the decision as made" }).count()).toBe(0);

    await page.goto(`${baseUrl}/incidents/${incidentId}/assessment`);
    await page.getByRole("heading", { level: 2, name: "Your decision" }).waitFor();
    expect(await page.getByLabel(/Note \(optional\)/).count()).toBe(2);
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText("Decision recorded as version 1.").waitFor();

    await page.locator("#subjects-override").check();
    await page.getByLabel(/Why you decide otherwise than the suggestion/).waitFor();
    await page.locator("#subjects-rationale").evaluate((field) => field.removeAttribute("required"));
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.locator("#subjects-rationale-error").waitFor();
    expect(await page.locator("#subjects-rationale-error").textContent()).toMatch(
      /override the suggestion: explain in at least 20 characters/,
    );
    await page.locator("#subjects-override").check();
    await page.locator("#subjects-override-to").selectOption("public_communication");
    await page.locator("#subjects-rationale").fill(OVERRIDE_REASON);
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText("Decision recorded as version 2.").waitFor();

    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    await page.getByTestId("incident-state").getByText("Decision made").waitFor();
    expect(await page.getByRole("button", { name: "Start the assessment" }).count()).toBe(0);
    expect(await rawIds()).toEqual([]);
  });

  it(
    "after the authority filing, shows telling the people with its clock and a working link, here and on the dashboard",
    { timeout: 60_000 },
    async () => {
      const filed = await recordFiling(ctx, actor, {
        incidentId,
        kind: "initial",
        channel: "online_form",
        filedAt: new Date().toISOString(),
      });
      if (!filed.ok) throw new Error(JSON.stringify(filed));

      await page.goto(`${baseUrl}/incidents/${incidentId}`);
      await page.getByTestId("incident-state").getByText("Authority notified").waitFor();
      const clock = page.getByTestId("clock").filter({ hasText: "Tell the people affected" });
      expect(await clock.textContent()).toMatch(/due in .* · due /);
      expect(await page.getByTestId("next-obligation").textContent()).toMatch(/Nearest open obligation/);
      expect(await rawIds()).toEqual([]);

      await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
      await page.getByRole("heading", { level: 1 }).first().waitFor();
      expect(await rawIds()).toEqual([]);

      await page.goto(`${baseUrl}/`);
      const obligation = page
        .getByTestId("obligation")
        .filter({ hasText: "Patient list posted on the website" })
        .filter({ hasText: "Tell the people affected" });
      await obligation.getByRole("link", { name: "Tell the people affected" }).click();
      await page.getByRole("heading", { level: 1, name: "Telling the people affected" }).waitFor();
      expect(page.url()).toBe(`${baseUrl}/incidents/${incidentId}/communications`);

      await page.goto(`${baseUrl}/incidents/${incidentId}`);
      await page.getByTestId("clock").filter({ hasText: "Tell the people affected" }).getByRole("link").click();
      await page.getByRole("heading", { level: 1, name: "Telling the people affected" }).waitFor();
      expect(await rawIds()).toEqual([]);
    },
  );

  it(
    "asks why before closing while obligations are open, refuses without it naming the field, and keeps the reason",
    { timeout: 60_000 },
    async () => {
      await page.goto(`${baseUrl}/incidents/${incidentId}`);
      const reason = page.getByLabel("Why close it while obligations are still open?");
      expect(await reason.getAttribute("required")).not.toBeNull();
      await reason.evaluate((field) => field.removeAttribute("required"));
      await page.getByRole("button", { name: "Close the incident" }).click();
      await page.locator("#close-reason-error").waitFor();
      expect(await page.locator("#close-reason-error").textContent()).toMatch(
        /^Reason: is required to close the incident while obligations are still open .*Tell the people affected/,
      );
      expect(await page.getByTestId("incident-state").textContent()).toBe("Authority notified");

      await page.getByLabel("Why close it while obligations are still open?").fill(CLOSE_REASON);
      await page.getByRole("button", { name: "Close the incident" }).click();
      await page.getByTestId("incident-state").getByText("Closed").waitFor();
      await page.getByRole("region", { name: "Timeline" }).getByText(`Closed: ${CLOSE_REASON}`).waitFor();
    },
  );

  it("discards a draft nobody reported: gone from the list", { timeout: 60_000 }, async () => {
    await page.goto(`${baseUrl}/incidents/${draftId}`);
    await page.getByRole("heading", { level: 1, name: "Draft to throw away" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Discard this draft" }).click();
    await page.waitForURL(/\/incidents\?discarded=/);
    expect(await page.getByRole("link", { name: "Draft to throw away" }).count()).toBe(0);
    expect(await ctx.db.incident.count({ where: { id: draftId } })).toBe(0);
    expect(await ctx.db.auditEntry.count({ where: { action: "incident.draft_discard", incidentId: draftId } })).toBe(1);
    expect(errors).toEqual([]);
  });
});
