import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { base32Encode, codeForStep, timeStep } from "@/lib/domain/accounts/totp";
import { openDb, type Db } from "@/lib/db/client";
import { launchBrowser, watchForPageErrors } from "./support/browser";

/*
 * The DPO's dashboard in a real browser against the built app: the clocks of an incident, nearest first,
 * the status in words, and a countdown that moves without reloading the page. The people and incidents are
 * written straight to the app's database (the set-up is not under test here).
 */
const baseUrl = inject("baseUrl");
const password = "harbour lantern juniper crisp";
const secret = base32Encode(Buffer.from("dashboard-e2e-secret-0123456789"));
const HOUR = 3_600_000;
let browser: Browser;
/** One signed-in browser profile for both tests: a TOTP code is accepted once. */
let signedIn: BrowserContext;
let db: Db;
let dueSoonId = "";

beforeAll(async () => {
  process.env.BREACHDESK_DATA_DIR = inject("e2eDataDir");
  const { hashPassword } = await import("@/lib/server/auth/password-hash");
  const { at, seal } = await import("@/lib/server/crypto/sealed-text");
  const { newRowId } = await import("@/lib/server/crypto/new-row-id");
  ({ db } = await openDb(inject("e2eDatabaseUrl")));
  const organization = await db.organization.create({
    data: { slug: "clocks-e2e", name: "Cabinet des Horloges", timeZone: "Europe/Paris" },
  });
  const userId = newRowId();
  const user = await db.user.create({
    data: {
      id: userId,
      email: "dpo.clocks@e2e.example",
      // The practice defaults to France: this DPO reads English by choice, as the test's words are English.
      locale: "en",
      name: "Claire Horloge",
      passwordHash: await hashPassword(password),
      totpSecret: seal(secret, at("user", "totpSecret", userId)),
      totpEnabledAt: new Date(),
    },
  });
  await db.membership.create({ data: { userId: user.id, organizationId: organization.id, role: "dpo" } });
  const incident = (reference: string, awareAt: Date, id = newRowId()) =>
    db.incident.create({
      data: {
        id,
        organizationId: organization.id,
        reference,
        title: seal(`Clock test ${reference}`, at("incident", "title", id)),
        description: seal("e2e", at("incident", "description", id)),
        awareAt,
        timeZone: "Europe/Paris",
        state: "reported",
        createdById: user.id,
        ownerId: user.id,
        dpoId: user.id,
      },
    });
  dueSoonId = (await incident("BD-2026-0901", new Date(Date.now() - 60 * HOUR))).id; // due in 12 h
  const overdue = await incident("BD-2026-0902", new Date(Date.now() - 80 * HOUR)); // overdue by 8 h
  // Written by SQL, not through the services: their stored deadlines are computed as the services would.
  const { refreshIncidentDeadlines } = await import("@/lib/server/deadlines/stored-deadlines");
  await refreshIncidentDeadlines(db, [dueSoonId, overdue.id]);
  browser = await launchBrowser();
  signedIn = await browser.newContext();
});
afterAll(async () => {
  await browser?.close();
  await db?.$disconnect();
});

describe("the DPO dashboard", () => {
  it("shows the clocks nearest first, in words, and the countdown moves without a reload", { timeout: 90_000 }, async () => {
    const page = await signedIn.newPage();
    await page.goto(`${baseUrl}/signin`);
    await page.getByLabel("E-mail").fill("dpo.clocks@e2e.example");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByLabel("Authentication code").fill(codeForStep(secret, timeStep(new Date())));
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    // Watched from here: the sign-in's first step answers 401 when it asks for the code, by design.
    const errors = watchForPageErrors(page);

    const rows = page.getByTestId("obligation");
    await rows.first().waitFor();
    const texts = await rows.allTextContents();
    const overdueAt = texts.findIndex((text) => text.includes("BD-2026-0902"));
    const soonAt = texts.findIndex((text) => text.includes("BD-2026-0901"));
    expect(overdueAt).toBeGreaterThanOrEqual(0);
    expect(soonAt).toBeGreaterThan(overdueAt);
    expect(texts[overdueAt]).toContain("Overdue");
    expect(texts[soonAt]).toContain("Due soon");
    // The due instant is named with its zone (Paris in winter).
    expect(texts[soonAt]).toMatch(/Due \d{1,2} \w{3} \d{4}, \d{2}:\d{2} CES?T/);

    const clock = rows.nth(soonAt).getByTestId("countdown");
    expect(await clock.getAttribute("aria-live")).toBe("off");
    expect(await clock.getAttribute("role")).toBe("timer");
    await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
    const before = (await clock.textContent()) ?? "";
    expect(before).toMatch(/^due in 1[01] h \d{2} min \d{2} s$/);
    const started = Date.now();
    await page.waitForFunction(
      ({ old, index }) =>
        document.querySelectorAll("[data-testid=obligation]")[index]?.querySelector("[data-testid=countdown]")?.textContent !== old,
      { old: before, index: soonAt },
      { timeout: 2_000, polling: 100 },
    );
    expect(Date.now() - started).toBeLessThanOrEqual(2_000);
    expect(await clock.textContent()).not.toBe(before);
    expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);

    // The week view names its zone, and the filters narrow the list.
    await page.getByRole("heading", { name: "The coming seven days" }).waitFor();
    expect(await page.getByText(/Days in Europe\/Paris \(CES?T\)/).count()).toBe(1);
    await page.getByLabel("Status").selectOption("overdue");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await page.waitForURL(/status=overdue/);
    const filtered = await page.getByTestId("obligation").allTextContents();
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.every((text) => text.includes("Overdue"))).toBe(true);
    expect(filtered.some((text) => text.includes("BD-2026-0901"))).toBe(false);

    // The incident's calendar file, for the signed-in person only.
    const ics = await page.request.get(`${baseUrl}/api/calendar/incidents/${dueSoonId}`);
    expect(ics.status()).toBe(200);
    expect(ics.headers()["content-type"]).toContain("text/calendar");
    expect(await ics.text()).toMatch(/DTSTART:\d{8}T\d{6}Z/);
    expect((await fetch(`${baseUrl}/api/calendar/incidents/${dueSoonId}`)).status).toBe(401);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("tells the DPO that e-mail is waiting when no mail server is configured", { timeout: 60_000 }, async () => {
    const page = await signedIn.newPage();
    await page.goto(`${baseUrl}/`);
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    // The in-process reminder loop queues the due reminders within a minute of their time.
    await expect
      .poll(
        async () => {
          await page.reload();
          return page.getByRole("heading", { name: /e-mails? waiting: no mail server configured/ }).count();
        },
        { timeout: 75_000, interval: 5_000 },
      )
      .toBe(1);
    await page.close();
  });
});
