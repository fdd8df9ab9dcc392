import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import { publishedRecords } from "../integration/support/facts";
import { isoToLocalInput } from "@/components/incidents/local-time";
import type { Actor } from "@/lib/server/actor";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { joinedWithTwoFactor } from "./support/people";

/*
 * The DPO tells the people affected, in the browser: a draft, a CSV upload whose bad line is reported with its
 * number, a preview with the person's own name, approval, and sending (queued: the app under test has no SMTP
 * server, so the messages wait in the outbox and the progress says so).
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const EMAIL = "dpo@letters-practice.example";
const PASSWORD = "orchard velvet compass ember";
let SECRET = "";
const facts = publishedRecords(2);

let browser: Browser;
let usedStep = 0;
let incidentId = "";
let db: Awaited<ReturnType<typeof openDb>>["db"];
let lettersId = "";

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Letters Practice", "--slug", "letters-practice");
  const joined = await joinedWithTwoFactor("letters-practice", EMAIL, "dpo", "Dana Ortiz", PASSWORD);
  SECRET = joined.secret;
  usedStep = joined.usedStep;
  const opened = await openDb(inject("e2eDatabaseUrl"));
  db = opened.db;
  const ctx = { db, provider: opened.provider, env: readEnv({ APP_URL: baseUrl }), now: () => new Date() };
  await db.organization.update({ where: { slug: "letters-practice" }, data: { dpoName: "Dana Ortiz", dpoEmail: EMAIL } });
  const actor: Actor = joined.actor;
  const created = await createIncident(ctx, actor, {
    title: "Appointment list published by mistake",
    description: "The appointment list was visible on the website for a day.",
    awareAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
    timeZone: "Europe/Paris",
    facts,
    containment: "We removed the list and asked search engines to drop it.",
    submit: true,
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  incidentId = created.value.id;
  // Approved letters, seeded through the services: the browser part is recording that they were posted.
  const letters = await createCommunicationDraft(ctx, actor, {
    incidentId,
    language: "en",
    channel: "letter",
    recipients: [
      { name: "Lena Post", postalAddress: "1 Rue A\n75001 Paris" },
      { name: "Max Brief", postalAddress: "2 Road B" },
    ],
  });
  if (!letters.ok) throw new Error(JSON.stringify(letters));
  lettersId = letters.value.communication.id;
  const approved = await approveCommunication(ctx, actor, { communicationId: lettersId });
  if (!approved.ok) throw new Error(JSON.stringify(approved));
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the communications page", () => {
  it("takes the DPO from a draft to sending, reporting a bad CSV line by its number", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    // A second sign-in below needs a later TOTP step than this one.
    usedStep = await signInWithCode(page, baseUrl, { email: EMAIL, password: PASSWORD, secret: SECRET, usedStep });
    const errors = watchForPageErrors(page);

    await page.goto(`${baseUrl}/incidents/${incidentId}/communications`);
    await page.getByRole("heading", { level: 1, name: "Telling the people affected" }).waitFor();
    await page.getByLabel("Language").selectOption("en");
    await page.getByRole("button", { name: "Create draft" }).click();
    await page.getByText("Add the people to write to").waitFor();

    await page.getByLabel("CSV file", { exact: true }).setInputFiles({
      name: "patients.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("\uFEFFname;email\r\nAnna Bell;anna@example.org\r\nBob Brun;not-an-address\r\nCléo Durand;cleo@example.org\r\n"),
    });
    await page.getByRole("button", { name: "Import" }).click();
    await page.getByText("2 people added").waitFor();
    const rejected = page.getByRole("table", { name: /Lines not imported/ });
    expect(await rejected.textContent()).toMatch(/3.*e-mail address "not-an-address" is not valid/);

    await page.reload();
    await page.getByRole("cell", { name: "Cléo Durand", exact: true }).waitFor();
    await page
      .getByRole("row", { name: /Cléo Durand/ })
      .getByRole("link", { name: "Preview" })
      .click();
    await page.getByRole("heading", { name: "Preview of the e-mail to Cléo Durand" }).waitFor();
    expect(await page.locator("article[aria-labelledby=preview-heading] .prose").textContent()).toContain("Dear Cléo Durand,");

    await page.getByRole("button", { name: "Approve (DPO)" }).click();
    await page.getByRole("button", { name: "Send" }).waitFor();
    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Send" }).click();
    // No mail server in the app under test: nothing is being sent, so the progress says what it waits for.
    await page.getByText(/E-mails: 0 of 2 done \(waiting for a mail server\)/).waitFor();
    await page.getByText(/Waiting 2/).waitFor();

    const communication = await db.communication.findFirstOrThrow({ where: { incidentId, channel: "email" } });
    expect(communication.status).toBe("sending");
    expect(await db.outboxMessage.count({ where: { idempotencyKey: { startsWith: `communication:${communication.id}:` } } })).toBe(2);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(
    "lets the DPO record that the letters were posted, one of them not, shows them as posted, and follows up the one not posted",
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      await signInWithCode(page, baseUrl, { email: EMAIL, password: PASSWORD, secret: SECRET, usedStep });
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/incidents/${incidentId}/communications?c=${lettersId}`);
      const form = page.getByRole("form", { name: "Record that the letters were posted" });
      await form.waitFor();

      // Without a time, the field itself says what is wrong.
      await form.getByRole("button", { name: "Record the letters as posted" }).click();
      const when = form.getByLabel("When the letters were posted");
      await form.getByText("is required").waitFor();
      expect(await when.getAttribute("aria-invalid")).toBe("true");

      await when.fill(isoToLocalInput(new Date().toISOString(), "Europe/Paris"));
      await form.getByLabel("How they were posted (optional)").fill("registered mail");
      await form.getByText("Choose among the 2 people").click();
      await form.getByRole("checkbox", { name: /Max Brief/ }).check();
      await form.getByLabel("Why these letters were not posted").fill("No valid postal address");
      await form.getByRole("button", { name: "Record the letters as posted (1 not)" }).click();
      await page.getByText(/Letters posted .* \(registered mail\) to 1 person; 1 not posted/).waitFor();
      expect(await page.getByRole("row", { name: /Max Brief/ }).textContent()).toContain("No valid postal address");
      expect(await page.getByRole("row", { name: /Lena Post/ }).textContent()).toContain("posted");
      expect(await page.getByRole("form", { name: "Record that the letters were posted" }).count()).toBe(0);

      const stored = await db.communication.findUniqueOrThrow({ where: { id: lettersId } });
      expect(stored.status).toBe("partially_failed");

      // Max is not told yet: the page offers a follow-up for him, which opens as a new draft listing only him.
      const followUp = page.getByRole("form", { name: "Not reached" });
      expect(await followUp.textContent()).toContain("1 person was not reached");
      // Max has no e-mail address: e-mail cannot reach him, and the field says so.
      await followUp.getByLabel("Follow up by").selectOption("email");
      await followUp.getByRole("button", { name: "Prepare follow-up" }).click();
      await followUp.getByText("Follow up by: cannot reach anyone: none of the 1 people not reached has an e-mail address").waitFor();
      expect(await followUp.getByLabel("Follow up by").getAttribute("aria-invalid")).toBe("true");
      await followUp.getByLabel("Follow up by").selectOption("letter");
      await followUp.getByRole("button", { name: "Prepare follow-up" }).click();
      await page.getByText("A follow-up for the people not reached by").waitFor();
      await page.getByRole("heading", { name: "People (1)" }).waitFor();
      expect(await page.getByRole("cell", { name: "Max Brief", exact: true }).count()).toBe(1);
      expect(await page.getByRole("cell", { name: "Lena Post", exact: true }).count()).toBe(0);
      const draft = await db.communication.findFirstOrThrow({ where: { followUpOfId: lettersId } });
      expect(draft).toMatchObject({ status: "draft", channel: "letter" });
      expect(new URL(page.url()).searchParams.get("c")).toBe(draft.id);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
