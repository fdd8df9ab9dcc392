import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { clockSettingsFromForm } from "@/lib/schemas/clock-settings";
import type { OrganizationSettingsInput } from "@/lib/schemas/admin";
import type { Actor } from "@/lib/server/actor";
import { loadOpenDeadlines } from "@/lib/server/deadlines/load-open-obligations";
import { openObligations } from "@/lib/server/deadlines/open-obligations";
import { createIncident } from "@/lib/server/incidents/create-incident";
import { listMyOrganizations } from "@/lib/server/organizations/list-my-organizations";
import { updateOrganizationSettings } from "@/lib/server/organizations/update-organization-settings";
import { scheduleDueReminders } from "@/lib/server/reminders/schedule-due-reminders";
import { highRiskFacts, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * A practice's clocks (issue #6), changed through the settings service as an administrator changes them:
 * the dashboard's deadlines follow new internal targets at once, the reminders follow new reminder points,
 * a bad value is refused by name with nothing saved, and the other settings keys are kept.
 */
const HOUR = 3_600_000;
const awareAt = new Date("2026-03-27T08:30:00Z");
let ctx: TestContext;
let admin: Actor;
let manager: Actor;
let organizationId = "";
let incidentId = "";

const details = (): OrganizationSettingsInput => ({
  organizationId,
  name: "Practice clocks",
  country: "FR",
  timeZone: "Europe/Paris",
  dpoName: "Dr. Jana Dvořák",
  dpoEmail: "dpo@clocks.example",
  regimes: ["gdpr"],
});

/** The notify-controller deadline the dashboard shows for the processor incident. */
async function notifyControllerDue(): Promise<string | undefined> {
  const view = value(await openObligations(ctx, manager));
  return view.items.find((item) => item.incidentId === incidentId && item.obligation === "notify-controller")?.due;
}

const storedSettings = async () => JSON.parse((await ctx.db.organization.findUniqueOrThrow({ where: { id: organizationId } })).settings);
const audits = () => ctx.db.auditEntry.findMany({ where: { action: "organization.update" }, orderBy: { seq: "asc" } });
const reminderKeys = async () => (await ctx.db.outboxMessage.findMany({ where: { incidentId } })).map((row) => row.idempotencyKey);

beforeAll(async () => {
  ctx = await createTestContext({ now: new Date(awareAt.getTime() + HOUR) });
  const org = await practice(ctx, "clocks");
  organizationId = org.id;
  admin = await person(ctx, "admin", organizationId, "admin");
  manager = await person(ctx, "manager", organizationId, "manager");
  // Keys the settings page does not edit, which must outlive every save.
  await ctx.db.organization.update({
    where: { id: organizationId },
    data: { settings: JSON.stringify({ calendar: { feed: "on" }, intake: { askCause: true } }) },
  });
  const created = value(
    await createIncident(ctx, manager, {
      title: "Client's patient list sent to the wrong lab",
      description: "We process appointments for a clinic; its patient list went to the wrong laboratory.",
      awareAt: awareAt.toISOString(),
      discoveredAt: awareAt.toISOString(),
      timeZone: "Europe/Paris",
      containment: "The laboratory confirmed it deleted the file.",
      facts: { ...highRiskFacts, role: "processor" },
      submit: true,
    }),
  );
  incidentId = created.id;
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.db.outboxMessage.deleteMany({ where: { incidentId } });
});

describe("the practice's internal targets", () => {
  it("move the deadlines the dashboard shows for an open incident at once, and are audited", async () => {
    expect(await notifyControllerDue()).toBe(new Date(awareAt.getTime() + 24 * HOUR).toISOString());

    const saved = await updateOrganizationSettings(ctx, admin, { ...details(), targets: { notifyControllerHours: 12 } });
    expect(saved).toMatchObject({ ok: true });

    expect(await notifyControllerDue()).toBe(new Date(awareAt.getTime() + 12 * HOUR).toISOString());
    // What is stored is what a fresh computation from the incident's records gives.
    const [fresh] = await loadOpenDeadlines(ctx.db, { id: incidentId });
    const stored = await ctx.db.incidentDeadline.findMany({ where: { incidentId } });
    expect(stored.map((row) => `${row.obligation}@${row.dueAt.toISOString()}`).sort()).toEqual(
      fresh!.deadlines.map((deadline) => `${deadline.obligation}@${deadline.due.toISOString()}`).sort(),
    );

    const settings = await storedSettings();
    expect(settings).toMatchObject({ calendar: { feed: "on" }, intake: { askCause: true }, targets: { notifyControllerHours: 12 } });
    const [entry] = (await audits()).slice(-1);
    const changed = JSON.parse(entry!.detail).changed;
    expect(changed["targets.notifyControllerHours"]).toEqual({ before: 24, after: 12 });
    expect(changed).not.toHaveProperty(["targets.communicateSubjectsHours"]);
    expect(entry!.organizationId).toBe(organizationId);
  });

  it("shows the targets in force, defaults included, to the settings page", async () => {
    const [org] = await listMyOrganizations(ctx, admin);
    expect(org!.clocks).toEqual({
      targets: { notifyControllerHours: 12, communicateSubjectsHours: 72, followUpHours: 72 },
      reminders: { beforeHours: [48, 24, 6], atDeadline: true, overdueEveryHours: 24, overdueAtMost: 7 },
    });
  });

  it("refuses bad values naming the field, and saves nothing", async () => {
    const settingsBefore = await storedSettings();
    const auditsBefore = (await audits()).length;
    const dueBefore = await notifyControllerDue();

    const refused = await updateOrganizationSettings(ctx, admin, {
      ...details(),
      name: "Renamed while refused",
      targets: { notifyControllerHours: 0, followUpHours: 2.5 },
      reminders: { beforeHours: [24, 9000] },
    });
    expect(refused).toMatchObject({ ok: false, error: "invalid" });
    if (refused.ok || refused.error !== "invalid") throw new Error("expected invalid");
    expect(refused.fields).toEqual(
      expect.arrayContaining([
        { field: "targets.notifyControllerHours", problem: "must be between 1 and 2160 hours (90 days)" },
        { field: "targets.followUpHours", problem: "must be a whole number of hours" },
        { field: "reminders.beforeHours", problem: "must be between 1 and 8784 hours (366 days); 9000 is not" },
      ]),
    );
    expect(refused.fields).toHaveLength(3);

    // Text typed into the form that is not a number is refused on the form's field, not turned into a default.
    const typed = new FormData();
    typed.set("targets.notifyControllerHours", "twelve");
    typed.set("reminders.beforeHours", "48, soon");
    const fromForm = await updateOrganizationSettings(ctx, admin, { ...details(), ...clockSettingsFromForm(typed) });
    expect(fromForm.ok === false && fromForm.error === "invalid" ? fromForm.fields.map((f) => f.field).sort() : fromForm).toEqual([
      "reminders.beforeHours",
      "targets.notifyControllerHours",
    ]);

    expect(await storedSettings()).toEqual(settingsBefore);
    expect((await ctx.db.organization.findUniqueOrThrow({ where: { id: organizationId } })).name).toBe("Practice clocks");
    expect((await audits()).length).toBe(auditsBefore);
    expect(await notifyControllerDue()).toBe(dueBefore);
  });

  it("is an administrator's to change", async () => {
    expect(await updateOrganizationSettings(ctx, manager, { ...details(), targets: { notifyControllerHours: 1 } })).toMatchObject({
      ok: false,
      error: "not_found",
    });
    expect((await storedSettings()).targets).toEqual({ notifyControllerHours: 12 });
  });

  it("records no clock change when the values in force are saved again, and leaves clocks out of a save without them", async () => {
    const auditsBefore = (await audits()).length;
    value(
      await updateOrganizationSettings(ctx, admin, { ...details(), targets: { notifyControllerHours: 12, communicateSubjectsHours: 72 } }),
    );
    value(await updateOrganizationSettings(ctx, admin, { ...details(), dpoName: "Dr. Petr Novák" }));
    const entries = (await audits()).slice(auditsBefore);
    expect(entries).toHaveLength(2);
    for (const entry of entries)
      expect(Object.keys(JSON.parse(entry.detail).changed).filter((key) => key.startsWith("targets."))).toEqual([]);
    expect((await storedSettings()).targets).toEqual({ notifyControllerHours: 12, communicateSubjectsHours: 72 });
    expect(await notifyControllerDue()).toBe(new Date(awareAt.getTime() + 12 * HOUR).toISOString());
  });
});

describe("the practice's reminder points", () => {
  it("change what the scheduler queues", async () => {
    const due = new Date((await notifyControllerDue())!);
    const hoursBefore = (hours: number) => new Date(due.getTime() - hours * HOUR);
    // The default points (48 h, 24 h, 6 h): 30 hours before, the 48-hour reminder is due.
    expect((await scheduleDueReminders(ctx, hoursBefore(30))).enqueued).toBe(1);
    await ctx.db.outboxMessage.deleteMany({ where: { incidentId } });

    const form = new FormData();
    form.set("targets.notifyControllerHours", "12");
    form.set("reminders.beforeHours", "12");
    form.set("reminders.overdueEveryHours", "");
    form.set("reminders.overdueAtMost", "3");
    // "reminders.atDeadline" unticked: absent from the form.
    value(await updateOrganizationSettings(ctx, admin, { ...details(), ...clockSettingsFromForm(form) }));
    expect((await storedSettings()).reminders).toEqual({ beforeHours: [12], atDeadline: false, overdueAtMost: 3 });
    const changed = JSON.parse((await audits()).at(-1)!.detail).changed;
    expect(changed["reminders.beforeHours"]).toEqual({ before: [48, 24, 6], after: [12] });
    expect(changed["reminders.atDeadline"]).toEqual({ before: true, after: false });

    expect((await scheduleDueReminders(ctx, hoursBefore(30))).enqueued).toBe(0);
    expect(await reminderKeys()).toEqual([]);
    expect((await scheduleDueReminders(ctx, hoursBefore(11))).enqueued).toBe(1);
    expect(await reminderKeys()).toEqual([expect.stringContaining(":notify-controller:-12h@")]);
    // No reminder at the deadline any more; the first overdue one still comes a day later (the default).
    expect((await scheduleDueReminders(ctx, new Date(due.getTime() + HOUR))).enqueued).toBe(0);
    expect((await scheduleDueReminders(ctx, new Date(due.getTime() + 25 * HOUR))).enqueued).toBe(1);
    expect((await reminderKeys()).sort()).toEqual([
      expect.stringContaining(":notify-controller:+24h@"),
      expect.stringContaining(":notify-controller:-12h@"),
    ]);
  });
});
