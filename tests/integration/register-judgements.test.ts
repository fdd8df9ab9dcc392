import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { deadlineRulesFingerprint, ensureStoredDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { updateIncident } from "@/lib/server/incidents/update-incident";
import { queryRegister } from "@/lib/server/register/query-register";
import { startReminderLoop } from "@/lib/server/reminders/reminder-loop";
import { highRiskFacts, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The register's page counts and filters from stored verdicts (lib/server/register/register-judgements.ts).
 * After each change a verdict rests on, made through the services once the register has judged the incident,
 * a page must say what the whole register, built from the records, says: a service that forgets to drop the
 * verdict fails here.
 */
let ctx: TestContext;
let manager: Actor;
let dpo: Actor;
const now = new Date("2026-03-30T10:00:00Z");

beforeAll(async () => {
  ctx = await createTestContext({ now });
  const org = await practice(ctx, "practice-a");
  manager = await person(ctx, "manager", org.id, "manager");
  dpo = await person(ctx, "dpo", org.id, "dpo");
});
afterAll(async () => ctx.close());

/** A page's figures, and each timeliness filter's total, against the whole register's; returns the whole's years. */
async function pageAgreesWithWhole() {
  const whole = value(await queryRegister(ctx, dpo, {}));
  const page = value(await queryRegister(ctx, dpo, { page: 1 }));
  expect(page.statistics).toEqual(whole.statistics);
  expect(page.paging?.total).toBe(whole.rows.length);
  for (const timeliness of ["on_time", "late"] as const) {
    const filtered = value(await queryRegister(ctx, dpo, { page: 1, timeliness }));
    expect(filtered.rows.map((row) => row.incidentId)).toEqual(
      whole.rows.filter((row) => row.filing === timeliness).map((row) => row.incidentId),
    );
  }
  expect(await ctx.db.registerJudgement.count()).toBe(whole.rows.length);
  return whole.statistics;
}

describe("the register's stored verdicts", () => {
  it("follow every change they rest on", async () => {
    const awareAt = "2026-03-27T09:30:00+01:00";
    const created = value(
      await createIncident(ctx, manager, {
        title: "Patient list published",
        description: "The appointment list with diagnoses was on the public website for a day.",
        awareAt,
        discoveredAt: awareAt,
        timeZone: "Europe/Paris",
        facts: highRiskFacts,
        submit: true,
      }),
    );
    let version = created.version;
    expect(await pageAgreesWithWhole()).toEqual([{ year: 2026, incidents: 1, notified: 0, onTime: 0, late: 0 }]);

    // Filed 40 hours after awareness: on time.
    value(
      await recordFiling(ctx, dpo, { incidentId: created.id, kind: "initial", channel: "online_form", filedAt: "2026-03-29T00:30:00Z" }),
    );
    expect(await pageAgreesWithWhole()).toEqual([{ year: 2026, incidents: 1, notified: 1, onTime: 1, late: 0 }]);

    // Awareness was in fact two days earlier: the same filing came 88 hours after it.
    version = value(
      await updateIncident(ctx, manager, {
        incidentId: created.id,
        version,
        discoveredAt: "2026-03-25T09:30:00+01:00",
        awareAt: "2026-03-25T09:30:00+01:00",
      }),
    ).version;
    expect(await pageAgreesWithWhole()).toEqual([{ year: 2026, incidents: 1, notified: 1, onTime: 0, late: 1 }]);

    // And in fact at the end of the previous year: the figures move to that year.
    value(
      await updateIncident(ctx, manager, {
        incidentId: created.id,
        version,
        discoveredAt: "2025-12-31T09:30:00+01:00",
        awareAt: "2025-12-31T09:30:00+01:00",
      }),
    );
    expect(await pageAgreesWithWhole()).toEqual([{ year: 2025, incidents: 1, notified: 1, onTime: 0, late: 1 }]);

    // A second incident, logged after the register judged the first, is judged when the register next needs it.
    value(
      await createIncident(ctx, manager, {
        title: "Letter to the wrong patient",
        description: "A lab result went to another patient.",
        awareAt: "2026-03-29T08:00:00+02:00",
        timeZone: "Europe/Paris",
        facts: highRiskFacts,
        submit: true,
      }),
    );
    expect(await pageAgreesWithWhole()).toEqual([
      { year: 2026, incidents: 1, notified: 0, onTime: 0, late: 0 },
      { year: 2025, incidents: 1, notified: 1, onTime: 0, late: 1 },
    ]);
  });

  it("are all judged again when the deadline rules change", async () => {
    const before = await pageAgreesWithWhole();
    // A verdict of an older release, wrong, under another fingerprint of the rules.
    await ctx.db.registerJudgement.updateMany({ data: { timeliness: "on_time" } });
    await ctx.db.systemState.upsert({
      where: { key: "deadline-rules" },
      create: { key: "deadline-rules", value: "rules of an older release" },
      update: { value: "rules of an older release" },
    });
    expect(await ensureStoredDeadlines(ctx.db, ctx.provider)).toMatchObject({ rebuilt: true });
    expect(await ctx.db.registerJudgement.count()).toBe(0);
    expect(await pageAgreesWithWhole()).toEqual(before);
  });

  it("are kept when only the stored deadlines' shape changes, not the rules", async () => {
    await pageAgreesWithWhole();
    const judged = await ctx.db.registerJudgement.count();
    const olderShape = `${deadlineRulesFingerprint()}|rows 1`;
    await ctx.db.systemState.update({ where: { key: "deadline-rules" }, data: { value: olderShape } });
    expect(await ensureStoredDeadlines(ctx.db, ctx.provider)).toMatchObject({ rebuilt: true });
    expect(await ctx.db.registerJudgement.count()).toBe(judged);
  });

  it("are written by the reminder loop for incidents the register has not counted yet", async () => {
    value(
      await createIncident(ctx, manager, {
        title: "Stolen laptop",
        description: "A laptop with the appointment book was stolen from a car.",
        awareAt: "2026-03-29T18:00:00+02:00",
        timeZone: "Europe/Paris",
        facts: highRiskFacts,
        submit: true,
      }),
    );
    const onTheRegister = await ctx.db.incident.count({ where: { state: { not: "draft" } } });
    expect(await ctx.db.registerJudgement.count()).toBeLessThan(onTheRegister);
    const stop = startReminderLoop({ db: ctx.db, provider: ctx.provider, env: ctx.env, everyMs: 3_600_000, log: () => {} });
    try {
      await expect.poll(() => ctx.db.registerJudgement.count(), { timeout: 10_000 }).toBe(onTheRegister);
    } finally {
      stop();
    }
    await pageAgreesWithWhole();
  });
});
