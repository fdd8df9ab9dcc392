import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { codeForStep } from "@/lib/domain/accounts/totp";
import { messagesOf } from "@/lib/i18n/catalogue";
import { translatorFor } from "@/lib/i18n/translator";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { createTask } from "@/lib/server/incidents/tasks/create-task";
import { publishedRecords } from "../integration/support/facts";
import { freshCodeStep, launchBrowser, watchForPageErrors } from "./support/browser";
import { cli } from "./support/cli";
import { textInPageLanguage } from "./support/page-language";
import { appContext, joinedWithTwoFactor } from "./support/people";

/*
 * Issue 18: the overviews a DPO reads every day, in Czech. A DPO of a practice in the Czech Republic who chose
 * Czech opens the dashboard, an incident's file and the register: each page declares <html lang="cs">, has its
 * Czech headings, shows its dates the Czech way ("7. prosince 2026 v 09:30 SEČ", on the incident's clock with
 * the zone named), its clocks in Czech words with Czech plurals, and none of the English messages of the
 * namespaces these pages are written in (dashboard, incidentFile, incidentList, register, nav).
 */
const baseUrl = inject("baseUrl");
process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");

const ORG = "ordinace-u-lipy";
const ZONE = "Europe/Prague";
const TITLE = "Výsledky laboratoře odeslané jinému pacientovi";
const TASK = "Požádat příjemce o smazání e-mailu";
const DPO = { email: "poverenec@u-lipy.example", name: "MUDr. Karel Lípa", password: "lipa kamen potok svetlo" };
const HOUR = 3_600_000;

/** "7. prosince 2026 v 09:30 SEČ": a Czech long date with the time and the Czech zone name. */
const CZECH_DATE =
  /\d{1,2}\. (ledna|února|března|dubna|května|června|července|srpna|září|října|listopadu|prosince) \d{4} v \d{2}:\d{2} SEL?Č/;

type Values = Record<string, string | number>;
const czech = translatorFor("cs") as unknown as (key: string, values?: Values) => string;

/** A message in Czech by its key; it must exist. */
function cs(key: string, values?: Values): string {
  const found = key.split(".").reduce<unknown>((tree, part) => (tree as Record<string, unknown> | undefined)?.[part], messagesOf("cs"));
  if (typeof found !== "string") throw new Error(`no Czech message ${key}`);
  return czech(key, values);
}

type Tree = { [key: string]: string | Tree };
function leaves(tree: Tree, prefix: string, out: Map<string, string>): Map<string, string> {
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(`${prefix}${key}`, value);
    else leaves(value, `${prefix}${key}.`, out);
  }
  return out;
}

const NAMESPACES = ["dashboard", "incidentFile", "incidentList", "register", "nav"] as const;

/** The literal runs of a message: its text outside arguments and tags, and each plural branch's own text. */
function literalRuns(message: string): string[] {
  const runs: string[] = [];
  let rest = message.replace(/<\/?\w+>/g, "\u0000");
  for (let inner = /\{([^{}]*)\}/; inner.test(rest);) {
    rest = rest.replace(inner, (_, body: string) => {
      if (!/^\s*\w+\s*(,|$)/.test(body)) runs.push(...body.split("#"));
      return "\u0000";
    });
  }
  return [...runs, ...rest.split("\u0000")].map((run) => run.trim()).filter((run) => run.split(/\s+/).length >= 2);
}

/**
 * The English messages of these pages' namespaces found in `text`: any literal run of a message (two words or
 * more) whose Czech message differs from the English one.
 */
function englishMessagesIn(text: string): string[] {
  const english = leaves(messagesOf("en") as unknown as Tree, "", new Map());
  const czechTree = leaves(messagesOf("cs") as unknown as Tree, "", new Map());
  const found: string[] = [];
  for (const [key, message] of english) {
    if (!NAMESPACES.some((namespace) => key.startsWith(`${namespace}.`)) || czechTree.get(key) === message) continue;
    for (const run of literalRuns(message)) if (text.includes(run)) found.push(`${key}: ${run}`);
  }
  return found;
}

let browser: Browser;
let page: Page;
let incidentId = "";

async function isCzech(where: string): Promise<string> {
  expect(await page.locator("html").getAttribute("lang"), where).toBe("cs");
  const text = await textInPageLanguage(page);
  expect(englishMessagesIn(text), where).toEqual([]);
  return text;
}

beforeAll(async () => {
  browser = await launchBrowser();
  await cli("org", "create", "--name", "Ordinace U Lípy", "--slug", ORG, "--country", "CZ", "--tz", ZONE);
  const joined = await joinedWithTwoFactor(ORG, DPO.email, "dpo", DPO.name, DPO.password, "cs");
  const ctx = await appContext();
  try {
    const created = await createIncident(ctx, joined.actor, {
      title: TITLE,
      description: "Výsledky krevních testů jednoho pacienta odešly e-mailem jinému pacientovi.",
      awareAt: new Date(Date.now() - 2 * HOUR).toISOString(),
      timeZone: ZONE,
      facts: publishedRecords(1),
      containment: "Příjemce potvrdil, že e-mail smazal.",
      submit: true,
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    incidentId = created.value.id;
    const task = await createTask(ctx, joined.actor, {
      incidentId,
      title: TASK,
      ownerId: null,
      dueAt: new Date(Date.now() + 26 * HOUR).toISOString(),
    });
    if (!task.ok) throw new Error(JSON.stringify(task));
  } finally {
    await ctx.close();
  }
  // The browser asks for English: her own choice, Czech, decides.
  page = await (await browser.newContext({ locale: "en-US" })).newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.locator("input[name=email]").fill(DPO.email);
  await page.locator("input[name=password]").fill(DPO.password);
  await page.locator("form button[type=submit]").click();
  await page.locator("input[name=code]").waitFor();
  await page.locator("input[name=code]").fill(codeForStep(joined.secret, await freshCodeStep(joined.usedStep)));
  await page.locator("form button[type=submit]").click();
  await page.waitForURL((url) => url.pathname === "/");
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

describe("the overviews in Czech for a Czech DPO (issue 18)", () => {
  it("shows the dashboard in Czech: headings, the obligation, its due date and its countdown", { timeout: 60_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: cs("dashboard.heading") }).waitFor();
    await page.getByRole("heading", { level: 2, name: cs("dashboard.obligationsHeading") }).waitFor();
    await page.getByRole("heading", { level: 2, name: cs("dashboard.weekHeading") }).waitFor();
    await page
      .getByRole("navigation", { name: cs("nav.main") })
      .getByRole("link", { name: cs("nav.register") })
      .waitFor();
    const obligation = page.getByTestId("obligation").filter({ hasText: TITLE });
    await expect(obligation.getByTestId("obligation-action").textContent()).resolves.toBe(cs("incidentFile.obligations.notify-authority"));
    expect(await obligation.textContent()).toMatch(CZECH_DATE);
    // 70 hours left of the 72: "zbývá 2 d 21 h 59 min 59 s" and the status in Czech words.
    await expect(obligation.getByTestId("countdown").textContent()).resolves.toMatch(/^zbývá 2 d 2\d h \d{2} min \d{2} s$/);
    expect(await obligation.textContent()).toContain(cs("dashboard.status.open"));
    await isCzech("dashboard");
    expect(errors).toEqual([]);
  });

  it("shows the incident's file in Czech: summary, clocks in Czech words, dates the Czech way", { timeout: 60_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents/${incidentId}`);
    await page.getByRole("heading", { level: 1, name: TITLE }).waitFor();
    for (const key of ["summary.heading", "page.nextStep", "sections.whatHappened", "sections.timeline", "sections.actionPlan"]) {
      await page.getByRole("heading", { level: 2, name: cs(`incidentFile.${key}`) }).waitFor();
    }
    const aware = page.locator(".facts-row", { has: page.getByText(cs("incidentFile.summary.becameAware"), { exact: true }) });
    expect(await aware.locator("dd").textContent()).toMatch(CZECH_DATE);
    // The authority clock: its words, its standing with Czech plurals ("za 2 dny 21 hodin"), its due date.
    const clock = page.getByTestId("clock").filter({ hasText: cs("incidentFile.obligations.notify-authority") });
    const clockText = (await clock.textContent()) ?? "";
    expect(clockText).toMatch(/lhůta uplyne za 2 dny 2\d hodin/);
    expect(clockText).toMatch(CZECH_DATE);
    expect(await page.locator("ul.tasks").textContent()).toMatch(new RegExp(`${TASK}.*termín ${CZECH_DATE.source}`, "s"));
    await isCzech("incident file");
    expect(errors).toEqual([]);
  });

  it("shows the incident list and the register in Czech", { timeout: 60_000 }, async () => {
    const errors = watchForPageErrors(page);
    await page.goto(`${baseUrl}/incidents`);
    await page.getByRole("heading", { level: 1, name: cs("incidentList.heading") }).waitFor();
    await page.getByText(cs("incidentList.caption", { total: 1, page: 1, pages: 1 })).waitFor();
    expect(await page.locator("table.data-table tbody").textContent()).toMatch(CZECH_DATE);
    await isCzech("incident list");

    await page.goto(`${baseUrl}/register`);
    await page.getByRole("heading", { level: 1, name: cs("register.heading") }).waitFor();
    await page.getByRole("heading", { level: 2, name: cs("register.statistics.heading") }).waitFor();
    const entry = page.locator("article.register-entry", { hasText: TITLE });
    expect(await entry.textContent()).toContain(cs("register.entry.remedialAction"));
    expect(await entry.textContent()).toMatch(CZECH_DATE);
    await isCzech("register");
    expect(errors).toEqual([]);
  });
});
