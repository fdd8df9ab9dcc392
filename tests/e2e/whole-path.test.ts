import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { isoToLocalInput } from "@/components/incidents/local-time";
import { memoryIO } from "@/lib/cli/io";
import { runCli } from "@/lib/cli/main";
import "@/lib/cli/register-admin";
import { closeCliResources } from "@/lib/cli/resources";
import { recordedAppUrl } from "@/lib/config/recorded-app-url";
import { launchBrowser, signInWithCode, watchForPageErrors } from "./support/browser";
import { appContext, joinedWithTwoFactor } from "./support/people";

/*
 * Issue 17, "Done when": the whole path on a fresh install with no mail server, as three people, each only
 * through links and buttons. A practice manager reports a breach of patients' health data; the DPO assesses it,
 * decides, records the filing with the CNIL, writes to the patients by printed letter (her own wording, refused
 * while it drops the contact point), records the letters as posted, and the incident file then shows no open
 * obligation; the practice's lawyer exports the submission packet, which common tools alone verify
 * (unzip, then sha256sum -c MANIFEST.sha256). People join by the invitation links the CLI prints in another
 * terminal than the app's, which must name the app's real port.
 */
const baseUrl = inject("baseUrl");
const dataDir = inject("e2eDataDir");
process.env.BREACHDESK_DATA_DIR = dataDir;

const ORG = "cabinet-des-tilleuls";
const ZONE = "Europe/Paris";
const TITLE = "Appointment list with diagnoses on the website";
const MANAGER = { email: "manager@tilleuls.example", name: "Manon Petit", password: "orchard lantern pebble copper" };
const LAWYER = { email: "lawyer@tilleuls.example", name: "Louis Avocat", password: "harbour thistle granite violin" };
const DPO = { email: "dpo@tilleuls.example", name: "Dr. Delphine Roux", password: "meadow ember sparrow willow", secret: "", usedStep: 0 };
const PATIENTS = [
  { name: "Paul Girard", address: "4 rue des Écoles\n75005 Paris" },
  { name: "Inès Moreau", address: "18 avenue Foch\n69006 Lyon" },
  { name: "Hugo Lambert", address: "2 place du Marché\n33000 Bordeaux" },
];

let browser: Browser;
let incidentId = "";
/** The DPO stays signed in across her steps: a TOTP code is good once, and a new one takes up to 30 s. */
let dpoPage: Page | undefined;
async function asDpo(): Promise<Page> {
  if (!dpoPage) {
    dpoPage = await browser.newPage();
    DPO.usedStep = await signInWithCode(dpoPage, baseUrl, DPO);
  } else await dpoPage.goto(`${baseUrl}/`);
  return dpoPage;
}
const downloads = mkdtempSync(path.join(tmpdir(), "bd-walk-"));

/**
 * `breachdesk <argv>` as typed in another terminal than `npm start`: only the database and the data folder
 * are known, not the app's APP_URL, HOST or PORT.
 */
async function cliInAnotherTerminal(...argv: string[]): Promise<string> {
  const saved = { APP_URL: process.env.APP_URL, HOST: process.env.HOST, PORT: process.env.PORT };
  process.env.DATABASE_URL = inject("e2eDatabaseUrl");
  for (const name of Object.keys(saved)) delete process.env[name];
  const io = memoryIO();
  try {
    const code = await runCli(argv, io);
    if (code !== 0) throw new Error(`breachdesk ${argv.join(" ")} exited ${code}: ${io.stderr}`);
    return io.stdout;
  } finally {
    await closeCliResources();
    for (const [name, value] of Object.entries(saved)) if (value !== undefined) process.env[name] = value;
  }
}

/** The invitation page, as the person who received the link: a name and a password of their own. */
async function join(link: string, person: { name: string; password: string }) {
  const page = await (await browser.newContext()).newPage();
  await page.goto(link);
  await page.getByRole("heading", { level: 1, name: "Join Cabinet des Tilleuls" }).waitFor();
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Choose a password").fill(person.password);
  await page.getByRole("button", { name: "Create my account" }).click();
  await page.getByRole("status").getByText("Your account is ready").waitFor();
  await page.context().close();
}

async function signIn(page: Page, person: { email: string; password: string }) {
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel("E-mail").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
}

const nowInZone = () => isoToLocalInput(new Date().toISOString(), ZONE);

beforeAll(async () => {
  browser = await launchBrowser();
  // The app records its public URL once it listens; a moment after the health check at most.
  for (let tries = 0; tries < 40 && !recordedAppUrl(dataDir); tries++) await new Promise((resolve) => setTimeout(resolve, 250));
  await cliInAnotherTerminal("org", "create", "--name", "Cabinet des Tilleuls", "--slug", ORG, "--country", "FR", "--tz", ZONE);
  const dpo = await joinedWithTwoFactor(ORG, DPO.email, "dpo", DPO.name, DPO.password);
  Object.assign(DPO, { secret: dpo.secret, usedStep: dpo.usedStep });
  // The practice's contact point for the letters, as its administrator enters it in Settings.
  const ctx = await appContext();
  try {
    await ctx.db.organization.update({
      where: { slug: ORG },
      data: { dpoName: DPO.name, dpoEmail: DPO.email, dpoPhone: "+33 1 40 00 00 00" },
    });
  } finally {
    await ctx.close();
  }
}, 180_000);

afterAll(async () => {
  await browser?.close();
  rmSync(downloads, { recursive: true, force: true });
});

describe("from the report to the last patient told, and the packet (issue 17)", () => {
  it("lets the manager and the lawyer join by links that name the app's real address", { timeout: 120_000 }, async () => {
    for (const [person, role] of [
      [MANAGER, "manager"],
      [LAWYER, "lawyer"],
    ] as const) {
      const link = (
        await cliInAnotherTerminal("user", "add", "--org", ORG, "--email", person.email, "--role", role, "--language", "en")
      ).trim();
      // Not http://127.0.0.1:3000: the app runs on another port, which this terminal does not know.
      expect(link.startsWith(`${baseUrl}/invite/`)).toBe(true);
      await join(link, person);
    }
  });

  it("the manager reports the breach through the wizard", { timeout: 120_000 }, async () => {
    const page = await browser.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, MANAGER);
    const heading = (title: string) => page.getByRole("heading", { level: 2, name: title, exact: true });
    const group = (question: string) => page.getByRole("group", { name: question, exact: true });
    const next = async (title: string) => {
      await page.getByRole("button", { name: /^Next:/ }).click();
      await heading(title).waitFor();
    };
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" }).click();
    await page.getByRole("link", { name: "Report a breach" }).click();
    await heading("What happened, and when").waitFor();
    await page.getByLabel("A short title").fill(TITLE);
    await page
      .getByLabel("What happened, in your own words")
      .fill("The list of tomorrow's appointments, with each patient's reason for the visit, was on the practice's website for a day.");
    await next("What happened to the data, and whose");
    await group("What happened to the data? Choose all that apply.").getByLabel("Someone who should not have seen it could see it").check();
    await group("Could anyone outside the practice have seen the data? Who?")
      .getByLabel("Anyone: it was on the internet or in a public place")
      .check();
    await group("Was it an accident, or did someone do it on purpose?").getByLabel("An accident or mistake").check();
    const kinds = group("What kind of information was involved? Choose all that apply.");
    await kinds.getByLabel("Names, addresses, dates of birth").check();
    await kinds.getByLabel("Anything medical: diagnoses, results, prescriptions").check();
    await page.getByLabel("About how many people are affected?").fill(String(PATIENTS.length));
    await next("Containing it");
    await page.getByLabel("What has been done to contain it").fill("The page was taken down and the web host's copies deleted.");
    await group("Is it still going on?").getByLabel("No, it has stopped").check();
    await page.getByRole("button", { name: "Send the report" }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    expect(await page.getByTestId("incident-state").textContent()).toBe("Reported to the DPO");
    incidentId = page.url().split("/incidents/")[1]!.split(/[?#]/)[0]!;
    expect(errors).toEqual([]);
    await page.close();
  });

  it("the DPO assesses and decides; a refused choice is announced on its field", { timeout: 120_000 }, async () => {
    const page = await asDpo();
    const errors = watchForPageErrors(page);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" }).click();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    await page.getByRole("button", { name: "Start the assessment" }).click();
    await page.getByTestId("incident-state").getByText("Being assessed").waitFor();

    await page.getByRole("link", { name: "Risk assessment" }).click();
    const decision = page.getByRole("form", { name: "Your decision" });
    await decision.waitFor();
    expect(await page.getByTestId("subjects-suggested").textContent()).toBe("Tell the people affected");
    // A choice the server refuses (overriding the people's part to what the suggestion already says, as a
    // stale page could send) is announced with the field it is about, not only at the top of the form.
    const people = decision.getByRole("group", { name: "The people affected (Art. 34)" });
    await people.getByLabel(/^Override/).check();
    const instead = people.getByRole("combobox", { name: "Instead" });
    await instead.evaluate((select: HTMLSelectElement) => {
      select.add(new Option("Tell the people affected", "communicate"));
      select.value = "communicate";
    });
    await people.getByLabel(/Why you decide otherwise/).fill("The patients must hear it from us before the press.");
    await decision.getByRole("button", { name: "Record the decision" }).click();
    await decision.getByRole("alert").first().waitFor();
    expect(await instead.getAttribute("aria-invalid")).toBe("true");
    const describedBy = (await instead.getAttribute("aria-describedby")) ?? "";
    expect(describedBy).not.toBe("");
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toMatch(/is what the suggestion already says/);

    await people.getByLabel("Accept the suggestion").check();
    await people.getByRole("textbox").fill("");
    await decision.getByRole("button", { name: "Record the decision" }).click();
    await page.getByText("Decision recorded as version 1.").waitFor();

    expect(errors).toEqual([]);
  });

  it("the DPO records the filing with the CNIL by following the file's next step", { timeout: 120_000 }, async () => {
    const page = await asDpo();
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    await page.getByTestId("incident-state").getByText("Decision made").waitFor();
    expect(await page.getByTestId("next-obligation").textContent()).toMatch(/Notify the supervisory authority|authority/i);
    await page.getByTestId("next-obligation").getByRole("link", { name: "Open the notification" }).click();
    await page.getByRole("heading", { level: 1, name: `Notification: ${TITLE}` }).waitFor();
    // She prepares the notification: the PDF for the CNIL's online form.
    const pdf = await page.request.get(
      await page
        .getByRole("link", { name: "Download PDF" })
        .first()
        .getAttribute("href")
        .then((href) => `${baseUrl}${href}`),
    );
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()["content-type"]).toContain("application/pdf");

    const filing = page.getByRole("form", { name: "Record a filing" });
    await filing.getByLabel("Kind").selectOption("complete");
    await filing.getByLabel("How it was filed").selectOption("online_form");
    await filing.getByLabel("When it was filed").fill(nowInZone());
    await filing.getByLabel("The authority's case number (if given)").fill("CNIL-2026-004211");
    await filing.getByRole("button", { name: "Record the filing" }).click();
    await filing.getByText("Filing recorded, with the content exactly as sent.").waitFor();

    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    await page.getByTestId("incident-state").getByText("Authority notified").waitFor();
    expect(await page.getByTestId("next-obligation").textContent()).toContain("Tell the people affected");
    expect(errors).toEqual([]);
  });

  it(
    "the DPO writes to the patients by letter, her own wording refused while it drops the contact point, and records them posted",
    { timeout: 180_000 },
    async () => {
      const page = await asDpo();
      const errors = watchForPageErrors(page);
      // From the dashboard's open obligation to the page that meets it.
      await page.getByTestId("obligation").filter({ hasText: TITLE }).getByRole("link", { name: "Tell the people affected" }).click();
      await page.getByRole("heading", { level: 1, name: "Telling the people affected" }).waitFor();

      const create = page.getByRole("form", { name: "New communication" });
      await create.getByLabel("Language").selectOption("en");
      await create.getByLabel("Channel").selectOption("letter");
      await create.getByRole("button", { name: "Create draft" }).click();
      await page.waitForURL(/[?&]c=/);

      const add = page.getByRole("form", { name: "Add a person" });
      for (const [n, patient] of PATIENTS.entries()) {
        await add.getByLabel("Name").fill(patient.name);
        await add.getByLabel("Postal address").fill(patient.address);
        await add.getByRole("button", { name: "Add this person" }).click();
        await page.getByRole("heading", { name: `People (${n + 1})` }).waitFor();
      }
      await page.getByText("Everything Art. 34(2) asks for is there.").waitFor();

      // Her own wording, but without the part that says whom to contact: the checklist and the approval say so.
      const wording = page.getByRole("form", { name: "The text of the message" });
      const generated = await wording.getByLabel("Text").inputValue();
      const start = generated.indexOf("If you have questions");
      const end = generated.indexOf("We are sorry");
      expect(start).toBeGreaterThan(0);
      const shortened = `${generated.slice(0, start)}${generated.slice(end)}`.replace(
        "Dear {name},",
        "Dear {name},\n\nWe owe you an explanation.",
      );
      await wording.getByLabel("Text").fill(shortened);
      await wording.getByRole("button", { name: "Save the text" }).click();
      await wording.getByText("Text saved.").waitFor();
      const dropped = /Your text no longer gives the contact point .*keep "Dr\. Delphine Roux" and how to reach them/;
      await page.getByRole("listitem").filter({ hasText: dropped }).waitFor();
      await page.getByRole("button", { name: "Approve (DPO)" }).click();
      await page.getByRole("alert").filter({ hasText: dropped }).waitFor();
      expect(await page.getByText("Approved by the DPO, not sent yet").count()).toBe(0);

      await wording.getByLabel("Text").fill(generated.replace("Dear {name},", "Dear {name},\n\nWe owe you an explanation."));
      await wording.getByRole("button", { name: "Save the text" }).click();
      await page.getByText("Everything Art. 34(2) asks for is there.").waitFor();
      await page.getByRole("button", { name: "Approve (DPO)" }).click();
      await page.getByText("Approved by the DPO, not sent yet").first().waitFor();

      // No mail server, and none needed: the letters are printed from here.
      const letters = await page.request.get(
        `${baseUrl}${await page.getByRole("link", { name: "Printable letters (PDF)" }).getAttribute("href")}`,
      );
      expect(letters.status()).toBe(200);
      expect(letters.headers()["content-type"]).toContain("application/pdf");

      const posted = page.getByRole("form", { name: "Record that the letters were posted" });
      await posted.getByLabel("When the letters were posted").fill(nowInZone());
      await posted.getByLabel("How they were posted (optional)").fill("La Poste, lettre recommandée");
      await posted.getByRole("button", { name: "Record the letters as posted" }).click();
      await page
        .getByText(new RegExp(`Letters posted .* to ${PATIENTS.length} people\\.`))
        .first()
        .waitFor();

      // The last patient told closes the Art. 34 obligation: the file shows nothing open, and says it is met.
      await page.goto(`${baseUrl}/incidents/${incidentId}`);
      await page.getByText("No obligation is open for this incident.").waitFor();
      expect(await page.getByTestId("next-obligation").count()).toBe(0);
      expect(await page.getByTestId("clock").filter({ hasText: "Tell the people affected" }).textContent()).toMatch(/\bmet\b/);
      await page.goto(`${baseUrl}/`);
      expect(await page.getByTestId("obligation").filter({ hasText: TITLE }).count()).toBe(0);
      expect(errors).toEqual([]);
    },
  );

  it("the lawyer exports the packet, which unzip and sha256sum -c alone verify", { timeout: 180_000 }, async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors = watchForPageErrors(page);
    await signIn(page, LAWYER);
    await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Incidents" }).click();
    await page.getByRole("link", { name: TITLE }).click();
    await page.getByRole("link", { name: "Notification to the authority" }).click();
    await page.getByRole("heading", { level: 1, name: `Notification: ${TITLE}` }).waitFor();
    expect(await page.getByRole("form", { name: "Record a filing" }).count()).toBe(0);
    await page.getByRole("button", { name: "Export the packet" }).click();
    const link = page.getByRole("link", { name: /^Download .*\.zip$/ });
    await link.waitFor({ timeout: 120_000 });
    const [download] = await Promise.all([page.waitForEvent("download"), link.click()]);
    const zip = path.join(downloads, download.suggestedFilename());
    await download.saveAs(zip);

    const unpacked = path.join(downloads, "packet");
    execFileSync("unzip", ["-q", zip, "-d", unpacked]);
    expect(existsSync(path.join(unpacked, "MANIFEST.sha256"))).toBe(true);
    expect(readFileSync(path.join(unpacked, "VERIFY.txt"), "utf8")).toContain("sha256sum -c MANIFEST.sha256");
    const checked = execFileSync("sha256sum", ["-c", "MANIFEST.sha256"], { cwd: unpacked, encoding: "utf8" });
    const lines = checked.trim().split("\n");
    expect(lines.length).toBeGreaterThan(5);
    expect(lines.every((line) => line.endsWith(": OK"))).toBe(true);
    // The packet holds the posted letters' record and the filing, among what it checks.
    expect(checked).toMatch(/communication/i);
    expect(errors).toEqual([]);
    await context.close();
  });
});
