import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { publishedRecords } from "../integration/support/facts";
import type { Actor } from "@/lib/server/actor";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { writeTransaction } from "@/lib/server/transaction";
import { issueInvitation } from "@/lib/server/users/invitation-link";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { appContext, joinedWithTwoFactor } from "./support/people";

/*
 * The app under test has no mail server (SMTP_URL unset), as a newcomer's first installation. Nothing may
 * look sent when it is not: the DPO is told before sending and while waiting, the dashboard counts the
 * letters to patients, an administrator gets the invitation link to pass on, and the signed-out forms
 * name every problem at once.
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const DPO = { email: "dpo@quiet-practice.example", password: "lantern harbour copper meadow", secret: "", usedStep: 0 };
const ADMIN = { email: "admin@quiet-practice.example", password: "granite willow autumn signal", secret: "", usedStep: 0 };
const PATIENTS = 3;
const facts = publishedRecords(PATIENTS, { cause: "accidental" });

let browser: Browser;
let incidentId = "";
let communicationId = "";
let organizationId = "";
let secondCommunicationId = "";
let dpoActor: Actor;

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Quiet Practice", "--slug", "quiet-practice");
  const dpo = await joinedWithTwoFactor("quiet-practice", DPO.email, "dpo", "Dora Quinn", DPO.password);
  Object.assign(DPO, { secret: dpo.secret, usedStep: dpo.usedStep });
  const admin = await joinedWithTwoFactor("quiet-practice", ADMIN.email, "admin", "Adam Quill", ADMIN.password);
  Object.assign(ADMIN, { secret: admin.secret, usedStep: admin.usedStep });
  const ctx = await appContext();
  try {
    const organization = await ctx.db.organization.update({
      where: { slug: "quiet-practice" },
      data: { dpoName: "Dora Quinn", dpoEmail: DPO.email },
    });
    organizationId = organization.id;
    const actor: Actor = dpo.actor;
    const created = await createIncident(ctx, actor, {
      title: "Lab results e-mailed to the wrong list",
      description: "Three patients' lab results went to a mailing list.",
      awareAt: new Date(Date.now() - 3_600_000).toISOString(),
      timeZone: "Europe/Paris",
      facts,
      containment: "We asked the list's members to delete the message.",
      submit: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    incidentId = created.value.id;
    const draft = await createCommunicationDraft(ctx, actor, {
      incidentId,
      language: "en",
      channel: "email",
      recipients: Array.from({ length: PATIENTS }, (_, n) => ({ name: `Patient ${n + 1}`, email: `patient${n + 1}@example.org` })),
    });
    if (!draft.ok) throw new Error(JSON.stringify(draft));
    communicationId = draft.value.communication.id;
    const approved = await approveCommunication(ctx, actor, { communicationId });
    if (!approved.ok) throw new Error(JSON.stringify(approved));
    dpoActor = actor;
    // A second e-mail communication, sent by the service for the dashboard's count.
    const second = await createCommunicationDraft(ctx, actor, {
      incidentId,
      language: "en",
      channel: "email",
      recipients: Array.from({ length: PATIENTS }, (_, n) => ({ name: `Relative ${n + 1}`, email: `relative${n + 1}@example.org` })),
    });
    if (!second.ok) throw new Error(JSON.stringify(second));
    secondCommunicationId = second.value.communication.id;
    const secondApproved = await approveCommunication(ctx, actor, { communicationId: secondCommunicationId });
    if (!secondApproved.ok) throw new Error(JSON.stringify(secondApproved));
  } finally {
    await ctx.close();
  }
}, 180_000);

afterAll(async () => browser?.close());

const mainMenu = (page: Page) => page.getByRole("navigation", { name: "Main" });

describe("without a mail server", () => {
  it("tells the DPO before sending and while waiting", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    DPO.usedStep = await signInWithCode(page, baseUrl, DPO);
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}/communications?c=${communicationId}`);
    const note = page.getByRole("note", { name: "No mail server is configured" });
    await note.getByText("No mail server is configured: the e-mails will wait in the outbox until one is set (SMTP_URL).").waitFor();
    // The way forward is at hand: the letters to print.
    expect(await note.getByRole("link", { name: "Printable letters (PDF)" }).getAttribute("href")).toContain(
      `communication=${communicationId}&document=letters`,
    );

    page.once("dialog", (dialog) => void dialog.accept());
    await page.getByRole("button", { name: "Send" }).click();
    await page.getByText(`E-mails: 0 of ${PATIENTS} done (waiting for a mail server)`).waitFor();
    expect(await page.getByText("(sending)").count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("counts the e-mails to the people affected among those waiting on the dashboard", { timeout: 120_000 }, async () => {
    // Sent through the service, so this holds whatever the page above did.
    const ctx = await appContext();
    try {
      const sent = await sendCommunication(ctx, dpoActor, { communicationId: secondCommunicationId });
      if (!sent.ok) throw new Error(JSON.stringify(sent));
    } finally {
      await ctx.close();
    }
    const page = await browser.newPage();
    DPO.usedStep = await signInWithCode(page, baseUrl, DPO);
    const errors = watchForPageErrors(page);
    const outbox = page.getByRole("status").filter({ has: page.getByRole("heading", { name: /e-mails? waiting/ }) });
    const heading = (await outbox.getByRole("heading").textContent()) ?? "";
    expect(heading).toMatch(/^\d+ e-mails waiting: no mail server configured$/);
    expect(Number(heading.split(" ")[0])).toBeGreaterThanOrEqual(PATIENTS);
    const toPeople = (await outbox.getByText(/of them to the people affected by a breach\./).textContent()) ?? "";
    expect(Number(toPeople.match(/(\d+) of them/)?.[1])).toBeGreaterThanOrEqual(PATIENTS);
    expect(errors).toEqual([]);
    await page.close();
  });

  it(
    "shows the administrator the invitation link once, audited, and the link lets the person in with the name offered",
    { timeout: 120_000 },
    async () => {
      const page = await browser.newPage();
      ADMIN.usedStep = await signInWithCode(page, baseUrl, ADMIN);
      const errors = watchForPageErrors(page);
      await page.goto(`${baseUrl}/settings?org=quiet-practice`);
      const form = page.getByRole("form", { name: "Invite someone" });
      await form.getByLabel("E-mail", { exact: true }).fill("nora@quiet-practice.example");
      await form.getByLabel("Name (optional)").fill("Nora Newcomer");
      await form.getByRole("button", { name: "Send invitation" }).click();
      await form.getByText("has not been e-mailed").waitFor();
      expect(await form.getByText(/was e-mailed/).count()).toBe(0);
      const link = await form.getByLabel("Invitation link").inputValue();
      expect(link).toMatch(new RegExp(`^${baseUrl}/invite/bdinv_\\S+$`));

      const ctx = await appContext();
      try {
        const added = await ctx.db.auditEntry.findMany({ where: { action: "member.add", organizationId } });
        const shown = added
          .map((entry) => JSON.parse(entry.detail) as { email: string; linkShown?: boolean })
          .filter((detail) => detail.email === "nora@quiet-practice.example");
        expect(shown).toEqual([expect.objectContaining({ linkShown: true })]);
      } finally {
        await ctx.close();
      }
      // Once: a fresh page of Settings does not show it again.
      await page.reload();
      await page.getByRole("form", { name: "Invite someone" }).waitFor();
      expect(await page.getByLabel("Invitation link").count()).toBe(0);
      expect(await page.getByText(link).count()).toBe(0);
      expect(errors).toEqual([]);
      await page.close();

      const invited = await (await browser.newContext()).newPage();
      await invited.goto(link);
      await invited.getByRole("heading", { level: 1, name: "Join Quiet Practice" }).waitFor();
      expect(await mainMenu(invited).count()).toBe(0);
      expect(await invited.getByLabel("Your name").inputValue()).toBe("Nora Newcomer");
      await invited.getByLabel("Your name").fill("Nora Newcomer-Quill");
      await invited.getByLabel("Choose a password").fill("pebble orchard lantern frost");
      await invited.getByRole("button", { name: "Create my account" }).click();
      await invited.getByRole("status").getByText("Your account is ready").waitFor();
      await invited.close();
    },
  );
});

describe("signed out", () => {
  it("the sign-in page shows no workspace menu", async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    expect(await mainMenu(page).count()).toBe(0);
    await page.close();
  });

  it("set-up with several bad fields names every one on its field and keeps what was typed", { timeout: 60_000 }, async () => {
    // Its own set-up link: other files may have created the first administrator already.
    const ctx = await appContext();
    let link = "";
    try {
      link = await writeTransaction(
        ctx.db,
        ctx.provider,
        async (tx) =>
          (
            await issueInvitation(tx, ctx.env, new Date(), {
              email: "",
              organizationId: null,
              role: "admin",
              purpose: "first-admin",
              createdById: null,
            })
          ).link,
      );
    } finally {
      await ctx.close();
    }
    const page = await browser.newPage();
    const errors = watchForPageErrors(page);
    await page.goto(link);
    await page.getByRole("heading", { level: 1, name: "Set up Breachdesk" }).waitFor();
    expect(await mainMenu(page).count()).toBe(0);
    const typed = {
      "Practice name": "Cabinet Soleil",
      "Country (two letters)": "F1",
      "Time zone": "Mars/Olympus",
      "Your name": "Anne Soleil",
      "E-mail": "anne@soleil.example",
    };
    for (const [label, value] of Object.entries(typed)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByLabel("Choose a password").fill("password1234");
    await page.getByLabel("Code from the app").fill("000000");
    await page.getByRole("button", { name: "Set up Breachdesk" }).click();

    for (const field of ["country", "timeZone", "password", "totpCode"]) await page.locator(`#field-${field}-error`).waitFor();
    expect(await page.locator(".field-error[id$='-error']").count()).toBe(4);
    for (const [label, value] of Object.entries(typed)) expect(await page.getByLabel(label, { exact: true }).inputValue()).toBe(value);
    await page.getByText("the password is not kept after a refused attempt: type it again").waitFor();
    expect(errors).toEqual([]);
    await page.close();
  });
});
