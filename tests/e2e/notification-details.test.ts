import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import { stolenRecords } from "../integration/support/facts";
import { createAssessment } from "@/lib/server/assessments/create-assessment";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { readNotificationDetails } from "@/lib/server/notification/notification-details-store";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { joinedWithTwoFactor } from "./support/people";

/* The DPO answers the notification details on the notification page, by keyboard: errors are announced and focused, answers saved. */
const baseUrl = inject("baseUrl");
// Sealed values written here must open in the app: same data folder, same key file.
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const EMAIL = "dpo@details-practice.example";
const PASSWORD = "granite orchard velvet harbour";
const WHY = "Patients' appointment history reached an unknown sender.";
const facts = stolenRecords(240, 240, { dataCategories: ["identification", "contact"] });

let browser: Browser;
let login = { email: EMAIL, password: PASSWORD, secret: "", usedStep: 0 };
let incidentId = "";
let db: Awaited<ReturnType<typeof openDb>>["db"];

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Details Practice", "--slug", "details-practice");
  const joined = await joinedWithTwoFactor("details-practice", EMAIL, "dpo", "Dana Ortiz", PASSWORD);
  login = { ...login, secret: joined.secret, usedStep: joined.usedStep };
  const opened = await openDb(inject("e2eDatabaseUrl"));
  db = opened.db;
  const ctx = { db, provider: opened.provider, env: readEnv({ APP_URL: baseUrl }), now: () => new Date() };
  const created = await createIncident(ctx, joined.actor, {
    title: "Appointment list sent to a phisher",
    description: "A receptionist answered a phishing e-mail with the day's appointment list.",
    awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    timeZone: "Europe/Paris",
    facts,
    submit: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentId = created.value.id;
  const moved = await changeIncidentState(ctx, joined.actor, { incidentId, to: "under_assessment" });
  if (!moved.ok) throw new Error(JSON.stringify(moved));
  const decided = await createAssessment(ctx, joined.actor, {
    incidentId,
    authorityDecision: "accept",
    authorityRationale: WHY,
    subjectsDecision: "accept",
    subjectsRationale: WHY,
  });
  if (!decided.ok) throw new Error(JSON.stringify(decided));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the notification details on the notification page", () => {
  it("are answered by keyboard, with each problem announced and focused, and saved for the template", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    await signInWithCode(page, baseUrl, login);
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/notification`);
    const form = page.getByTestId("notification-details");
    await form.getByRole("heading", { name: "Notification details" }).waitFor();
    // Plain words, the template reference beside them, and a mark on what the template still needs.
    await form.getByText("Which systems, software or services were involved, and where are they? (EDPB template 3.2)").waitFor();
    const neededBefore = await form.getByText("still needed").count();
    expect(neededBefore).toBeGreaterThanOrEqual(6);

    // Someone else files, but their details are left out: the problem is announced and the name gets focus.
    await form.getByLabel("Someone else").focus();
    await page.keyboard.press("Space");
    await form.getByLabel("Their name").waitFor();
    await form.getByLabel("Their name").focus();
    await page.keyboard.press("Enter");
    await form.getByRole("alert").filter({ hasText: "Their name: is required" }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.getAttribute("name"))).toBe("reporter.name");
    expect(await form.getByLabel("Their name").getAttribute("aria-invalid")).toBe("true");

    await page.keyboard.type("Seán Kelly");
    await page.keyboard.press("Tab");
    await page.keyboard.type("sean.kelly@solicitors.example");
    await form.getByLabel("Legal representative").focus();
    await page.keyboard.press("Space");
    await form.getByLabel("A processor, who told the organisation").focus();
    await page.keyboard.press("Space");
    await form.getByLabel(/^What kind of incident was it\?/).selectOption("phishing_social_engineering");
    await form.getByLabel("Outside the practice (a provider, an attacker, the post...)").focus();
    await page.keyboard.press("Space");
    await form.getByLabel(/^Which systems, software or services/).fill("Reception e-mail account (hosted mail service).");
    await form.getByLabel("Data protection and security training").first().focus();
    await page.keyboard.press("Space");
    await form.getByRole("button", { name: "Save the notification details" }).focus();
    await page.keyboard.press("Enter");
    await form
      .getByRole("status")
      .filter({ hasText: /Saved \(version \d+\)/ })
      .waitFor();

    const stored = await db.incident.findUniqueOrThrow({ where: { id: incidentId }, select: { notificationDetails: true } });
    expect(stored.notificationDetails?.startsWith("enc2:")).toBe(true);
    expect(readNotificationDetails(incidentId, stored.notificationDetails)).toMatchObject({
      reporter: { name: "Seán Kelly", email: "sean.kelly@solicitors.example", phone: null, role: "legal_representative" },
      discoveredBy: "processor",
      incidentType: "phishing_social_engineering",
      causeOrigin: "external",
      systemsInvolved: "Reception e-mail account (hosted mail service).",
      protectionMeasures: ["training"],
    });
    // The page was refreshed with the saved answers: fewer questions are still needed.
    await page.waitForFunction(
      (before) => document.querySelectorAll("[data-testid=notification-details] .badge").length < before,
      neededBefore,
    );
    expect(errors).toEqual([]);
    await page.close();
  });
});
