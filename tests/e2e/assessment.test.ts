import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import type { BreachFacts } from "@/lib/schemas/breach-facts";
import type { Actor } from "@/lib/server/actor";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { joinedWithTwoFactor } from "./support/people";

/* A DPO completes the risk assessment in the browser: sees the suggestion, overrides it with a rationale, sees both. */
const baseUrl = inject("baseUrl");
// Sealed values written here must open in the app: same data folder, same key file.
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const EMAIL = "dpo@assessment-practice.example";
const PASSWORD = "harbour lantern cobalt meadow";
let SECRET = "";
const RATIONALE = "We notify the authority although it is not strictly required: the recipient is a journalist.";
const facts: BreachFacts = {
  role: "controller",
  breachTypes: ["confidentiality"],
  cause: "accidental",
  dataCategories: ["identification"],
  subjects: { count: 1, categories: ["customers"] },
  records: 1,
  identifiability: "pseudonymised",
  encryption: "state_of_the_art",
  confidentiality: { recipients: "known_trusted", exfiltration: "ruled_out" },
  availability: null,
  integrity: null,
  mitigation: { dataRetrievedOrDeleted: true, highRiskNoLongerLikely: false, individualContactDisproportionate: false },
};

let browser: Browser;
let usedStep = 0;
let incidentId = "";
let db: Awaited<ReturnType<typeof openDb>>["db"];
let changeFacts: () => Promise<void>;

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Assessment Practice", "--slug", "assessment-practice");
  const joined = await joinedWithTwoFactor("assessment-practice", EMAIL, "dpo", "Dana Ortiz", PASSWORD);
  SECRET = joined.secret;
  usedStep = joined.usedStep;
  const opened = await openDb(inject("e2eDatabaseUrl"));
  db = opened.db;
  const ctx = { db, provider: opened.provider, env: readEnv({ APP_URL: baseUrl }), now: () => new Date() };
  const actor: Actor = joined.actor;
  // A later correction of the facts, made the way the incident file makes it.
  changeFacts = async () => {
    const current = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { version: true } });
    const updated = await updateIncident(ctx, actor, {
      incidentId,
      version: current.version,
      facts: { ...facts, subjects: { count: 40, categories: ["customers"] }, records: 40 },
    });
    if (!updated.ok) throw new Error(JSON.stringify(updated));
  };
  const created = await createIncident(ctx, actor, {
    title: "Letter sent to the wrong lab",
    description: "A referral letter was sent to a partner lab, which deleted it the same day.",
    awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    timeZone: "Europe/Paris",
    facts,
    submit: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentId = created.value.id;
  const moved = await changeIncidentState(ctx, actor, { incidentId, to: "under_assessment" });
  if (!moved.ok) throw new Error(JSON.stringify(moved));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the risk assessment page", () => {
  it("lets the DPO override the suggestion with a rationale, and shows suggestion and decision", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await signInWithCode(page, baseUrl, { email: EMAIL, password: PASSWORD, secret: SECRET, usedStep });
    // Watched from here: the sign-in's first step answers 401 on purpose to ask for the code.
    const errors = watchForPageErrors(page);

    await page.goto(`${baseUrl}/incidents/${incidentId}/assessment`);
    await page.getByRole("heading", { level: 1, name: /Risk assessment/ }).waitFor();
    // The questionnaire asks in plain words, with the legal term beside it.
    await page.getByText("Was it encrypted, and is the key safe?").waitFor();
    expect(await page.getByText("Encryption and unintelligibility (GDPR Art. 34(3)(a))").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("suggested-risk").textContent()).toBe("Unlikely to result in a risk");
    expect(await page.getByTestId("authority-suggested").textContent()).toMatch(/Do not notify/);

    // Changing an answer shows its effect live, before anything is saved.
    expect(await page.getByTestId("live-outcome").textContent()).toMatch(/no notification/);
    await page.getByLabel("Yes, names or ID numbers are in it").check();
    await page.getByLabel("No encryption, or paper").check();
    await page.getByLabel("We don't know who (for example a thief or hacker)").check();
    await page.getByLabel("Yes, we know it was taken").check();
    await page
      .getByTestId("live-outcome")
      .getByText(/notify the authority/)
      .waitFor();

    // Without a rationale the form names the field and keeps the choice.
    await page.locator("#authority-override").check();
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.locator("#authority-rationale-error").waitFor();
    expect(await page.locator("#authority-rationale-error").textContent()).toMatch(/at least 20 characters/);

    await page.locator("#authority-override").check();
    await page.locator("#authority-rationale").fill(RATIONALE);
    await page.locator("#subjects-rationale").fill("Nothing readable left the practice: the people need not be told.");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText("Decision recorded as version 1.").waitFor();

    const decision = page.getByTestId("current-decision");
    await decision.waitFor();
    expect(await decision.textContent()).toMatch(/Authority: Notify the supervisory authority/);
    expect(await decision.textContent()).toMatch(/overrides the suggestion: Do not notify the authority/);
    // Ids are never shown as they are stored.
    expect(await decision.textContent()).not.toMatch(/do not notify|do_not/);
    expect(await page.getByTestId("suggested-risk").textContent()).toBe("Unlikely to result in a risk");
    expect(await page.getByTestId("assessment-history").textContent()).toContain(RATIONALE);

    const row = await db.assessment.findFirstOrThrow({ where: { incidentId } });
    expect(row).toMatchObject({ version: 1, authorityDecision: "notify", authorityOverridden: true, subjectsOverridden: false });
    // The rationale is stored sealed (it may name a patient); the history above showed it decrypted.
    expect(row.authorityRationale).toMatch(/^enc2:/);
    expect(row.authorityRationale).not.toContain(RATIONALE);
    expect((await db.incident.findUniqueOrThrow({ where: { id: incidentId } })).state).toBe("decided");

    // The register shows the suggestion beside the decision, and marks the override.
    await page.goto(`${baseUrl}/register`);
    const entry = page.locator("article").filter({ hasText: "Letter sent to the wrong lab" });
    await entry.waitFor();
    expect(await entry.textContent()).toContain(
      `Authority: suggested do not notify · decided notify (override of the suggestion): ${RATIONALE}`,
    );

    // When the facts change afterwards, the incident file says the assessment is out of date.
    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    expect(await page.getByTestId("assessment-out-of-date").count()).toBe(0);
    await changeFacts();
    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    expect(await page.getByTestId("assessment-out-of-date").textContent()).toMatch(/out of date/);
    expect(errors).toEqual([]);
    await page.close();
  });
});
