import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTimeline, timelineZone } from "@/lib/domain/calendar/timeline";
import type { Actor, Role } from "@/lib/server/actor";
import { getIncidentDeadlines } from "@/lib/server/deadlines/get-incident-deadlines";
import { openObligations, type OpenObligationsView } from "@/lib/server/deadlines/open-obligations";
import { rebuildStoredDeadlines, refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { createTestContext, type TestContext } from "./support/test-context";
import { value } from "./support/value";

/*
 * The dashboard query on a real database: three practices, a DPO who works for two of them (A and C) and
 * must never see the third (B). Incidents are written straight to the database and their stored deadlines
 * rebuilt: the query is under test (stored-deadlines.test.ts checks that the services keep them).
 */
let ctx: TestContext;
const HOUR = 3_600_000;
const now = new Date("2026-03-29T12:00:00Z");
let dpo: Actor;
let creatorId: string;
const orgs: Record<"A" | "B" | "C", { id: string; slug: string }> = {} as never;
const incidents: Record<string, string> = {};

async function incident(
  key: string,
  org: keyof typeof orgs,
  awareAt: Date,
  extra: { state?: string; regimes?: string[]; timeZone?: string } = {},
) {
  const row = await ctx.db.incident.create({
    data: {
      organizationId: orgs[org].id,
      reference: `BD-2026-${key}`,
      title: `Incident ${key}`,
      description: "sealed elsewhere",
      awareAt,
      timeZone: extra.timeZone ?? "Europe/Paris",
      regimes: JSON.stringify(extra.regimes ?? ["gdpr"]),
      state: extra.state ?? "reported",
      createdById: creatorId,
      ownerId: creatorId,
    },
  });
  incidents[key] = row.id;
  return row.id;
}

beforeAll(async () => {
  ctx = await createTestContext({ now });
  for (const key of ["A", "B", "C"] as const) {
    const org = await ctx.db.organization.create({ data: { slug: `practice-${key.toLowerCase()}`, name: `Practice ${key}` } });
    orgs[key] = { id: org.id, slug: org.slug };
  }
  const user = await ctx.db.user.create({ data: { email: "dpo@example.org", name: "Dora DPO" } });
  creatorId = user.id;
  const memberships = [
    { organizationId: orgs.A.id, role: "dpo" as Role },
    { organizationId: orgs.C.id, role: "dpo" as Role },
  ];
  for (const membership of memberships) await ctx.db.membership.create({ data: { userId: user.id, ...membership } });
  dpo = { kind: "user", userId: user.id, email: user.email, memberships, ip: "127.0.0.1", via: "web" };

  // Friday 27 March 2026, 23:30 in Paris; the clocks go forward two hours after.
  await incident("0001", "A", new Date("2026-03-27T22:30:00Z"));
  await incident("0002", "C", new Date("2026-03-26T09:00:00Z")); // overdue since 29 Mar 09:00 UTC
  await incident("0003", "A", new Date("2026-03-29T08:00:00Z")); // due 1 Apr: open
  await incident("0004", "B", new Date("2026-03-28T00:00:00Z")); // another practice's
  await incident("0005", "A", new Date("2026-03-28T06:00:00Z"), { state: "closed" });
  const filed = await incident("0006", "A", new Date("2026-03-28T08:00:00Z"), { state: "notified" });
  await ctx.db.filing.create({
    data: {
      incidentId: filed,
      authority: "cnil",
      kind: "initial",
      channel: "online_form",
      filedAt: new Date("2026-03-29T08:00:00Z"),
      content: "{}",
      filedById: creatorId,
    },
  });
  const highRisk = await incident("0007", "C", new Date("2026-03-28T10:00:00Z"), { regimes: ["gdpr", "nis2"] });
  await ctx.db.assessment.create({
    data: {
      incidentId: highRisk,
      version: 1,
      factsSnapshot: "{}",
      suggestion: "{}",
      riskLevel: "high",
      authorityDecision: "notify",
      authorityRationale: "r",
      subjectsDecision: "communicate",
      subjectsRationale: "r",
      decidedById: creatorId,
    },
  });
  // Notified in full: only telling the people can still be open, and only where the risk is high.
  for (const [key, high] of [
    ["0008", true],
    ["0009", false],
  ] as const) {
    const id = await incident(key, "A", new Date("2026-03-27T08:00:00Z"), { state: "notified" });
    await ctx.db.filing.create({
      data: {
        incidentId: id,
        authority: "cnil",
        kind: "complete",
        channel: "online_form",
        filedAt: new Date("2026-03-28T08:00:00Z"),
        content: "{}",
        filedById: creatorId,
      },
    });
    await ctx.db.assessment.create({
      data: {
        incidentId: id,
        version: 1,
        factsSnapshot: "{}",
        suggestion: "{}",
        riskLevel: high ? "high" : "risk",
        authorityDecision: "notify",
        authorityRationale: "r",
        subjectsDecision: high ? "communicate" : "do_not_communicate",
        subjectsRationale: "r",
        decidedById: creatorId,
      },
    });
  }
  // Rows written by SQL, not through the services: computed as a start-up would.
  await rebuildStoredDeadlines(ctx.db, ctx.provider);
});
afterAll(async () => ctx.close());

const keysOf = (view: OpenObligationsView) => view.items.map((item) => `${item.reference}:${item.regime}:${item.obligation}`);

describe("open obligations for the dashboard", () => {
  it("lists every open obligation of the DPO's practices, nearest first, and nothing of another practice", async () => {
    const view = value(await openObligations(ctx, dpo));
    const references = new Set(view.items.map((item) => item.reference));
    expect(references).toEqual(new Set(["BD-2026-0001", "BD-2026-0002", "BD-2026-0003", "BD-2026-0006", "BD-2026-0007", "BD-2026-0008"]));
    const dues = view.items.map((item) => Date.parse(item.due));
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(view.items[0]).toMatchObject({ reference: "BD-2026-0002", obligation: "notify-authority", status: "overdue" });
    expect(view.organizations.map((o) => o.slug).sort()).toEqual(["practice-a", "practice-c"]);
  });

  it("counts 72 hours of elapsed time across the change to summer time, and names the zone", async () => {
    const view = value(await openObligations(ctx, dpo));
    const first = view.items.find((item) => item.reference === "BD-2026-0001" && item.obligation === "notify-authority")!;
    expect(first.due).toBe("2026-03-30T22:30:00.000Z");
    expect(first.dueForPeople).toBe("31 Mar 2026, 00:30 CEST");
    expect(first.timeZone).toBe("Europe/Paris");
    expect(first.status).toBe("open");
    expect(first.remainingMs).toBe(Date.parse("2026-03-30T22:30:00Z") - now.getTime());
  });

  it("counts a filing as meeting the authority notification, and then tracks the follow-up", async () => {
    const keys = keysOf(value(await openObligations(ctx, dpo)));
    expect(keys).not.toContain("BD-2026-0006:gdpr:notify-authority");
    expect(keys).toContain("BD-2026-0006:gdpr:follow-up-notification");
    const followUp = value(await openObligations(ctx, dpo)).items.find((i) => i.key.endsWith(":follow-up-notification"))!;
    expect(followUp.due).toBe(new Date(Date.parse("2026-03-29T08:00:00Z") + 72 * HOUR).toISOString());
  });

  it("leaves out closed incidents, and adds Art. 34 and NIS2 obligations where they apply", async () => {
    const keys = keysOf(value(await openObligations(ctx, dpo)));
    expect(keys.some((key) => key.startsWith("BD-2026-0005"))).toBe(false);
    expect(keys).toContain("BD-2026-0007:gdpr:communicate-subjects");
    expect(keys).toContain("BD-2026-0007:nis2:early-warning");
    expect(keys).not.toContain("BD-2026-0001:gdpr:communicate-subjects");
  });

  it("keeps only the communication open once the notification is complete, and only for a high risk", async () => {
    const keys = keysOf(value(await openObligations(ctx, dpo)));
    expect(keys.filter((key) => key.startsWith("BD-2026-0008"))).toEqual(["BD-2026-0008:gdpr:communicate-subjects"]);
    expect(keys.some((key) => key.startsWith("BD-2026-0009"))).toBe(false);
  });

  it("counts a sent communication as telling the people affected", async () => {
    const communication = await ctx.db.communication.create({
      data: {
        incidentId: incidents["0007"]!,
        language: "en",
        channel: "email",
        status: "sent",
        subject: "s",
        content: "c",
        createdById: creatorId,
      },
    });
    await refreshIncidentDeadlines(ctx.db, [incidents["0007"]!]);
    const keys = keysOf(value(await openObligations(ctx, dpo)));
    expect(keys).not.toContain("BD-2026-0007:gdpr:communicate-subjects");
    await ctx.db.communication.delete({ where: { id: communication.id } });
    await refreshIncidentDeadlines(ctx.db, [incidents["0007"]!]);
    expect(keysOf(value(await openObligations(ctx, dpo)))).toContain("BD-2026-0007:gdpr:communicate-subjects");
  });

  it("says where each deadline stands in words", async () => {
    const view = value(await openObligations(ctx, dpo));
    const overdue = view.items.find((item) => item.reference === "BD-2026-0002")!;
    expect(overdue.inWords).toBe("overdue by 3 h");
    const earlyWarning = view.items.find((item) => item.reference === "BD-2026-0007" && item.obligation === "early-warning")!;
    expect(earlyWarning.status).toBe("overdue");
    const open = view.items.find((item) => item.reference === "BD-2026-0003")!;
    expect(open).toMatchObject({ status: "open", inWords: "due in 2 d 20 h" });
    expect(view.counts.overdue).toBe(view.items.filter((item) => item.status === "overdue").length);
  });

  it("filters by practice, regime, status and hours ahead", async () => {
    const onlyC = value(await openObligations(ctx, dpo, { organization: "practice-c" }));
    expect(new Set(onlyC.items.map((i) => i.reference))).toEqual(new Set(["BD-2026-0002", "BD-2026-0007"]));
    const nis2 = value(await openObligations(ctx, dpo, { regime: "nis2" }));
    expect(nis2.items.length).toBeGreaterThan(0);
    expect(nis2.items.every((i) => i.regime === "nis2")).toBe(true);
    const overdue = value(await openObligations(ctx, dpo, { status: "overdue" }));
    expect(overdue.items.length).toBeGreaterThan(0);
    expect(overdue.items.every((i) => i.status === "overdue")).toBe(true);
    const within = value(await openObligations(ctx, dpo, { dueWithinHours: 36 }));
    expect(within.items.every((i) => i.remainingMs <= 36 * HOUR)).toBe(true);
    expect(within.items.map((i) => i.reference)).toContain("BD-2026-0001");
    expect(within.items.map((i) => i.reference)).not.toContain("BD-2026-0003");
  });

  it("refuses another practice's slug like an unknown one, and bad filters by name", async () => {
    const foreign = await openObligations(ctx, dpo, { organization: "practice-b" });
    expect(foreign).toMatchObject({ ok: false, error: "invalid" });
    const bad = await openObligations(ctx, dpo, { dueWithinHours: "soon" as unknown as number });
    expect(bad.ok).toBe(false);
    if (!bad.ok && bad.error === "invalid") expect(bad.fields[0]?.field).toBe("dueWithinHours");
    const stranger: Actor = { kind: "user", userId: "nobody", email: "x@example.org", memberships: [], ip: null, via: "web" };
    expect(value(await openObligations(ctx, stranger)).items).toEqual([]);
  });

  it("lists only the nearest few when asked, counting the rest, with the timeline of them all", async () => {
    // Overdue since the day before yesterday: before the timeline's first day.
    const old = await incident("0010", "A", new Date(now.getTime() - 5 * 24 * HOUR));
    await refreshIncidentDeadlines(ctx.db, [old]);
    const all = value(await openObligations(ctx, dpo, {}, 1_000));
    expect(all.items.length).toBeGreaterThan(3);
    expect(all.more).toBe(0);
    const few = value(await openObligations(ctx, dpo, {}, 3));
    expect(few.items).toEqual(all.items.slice(0, 3));
    expect(few.more).toBe(all.items.length - 3);
    expect(few.counts).toEqual(all.counts);
    expect(few.counts.overdue + few.counts["due soon"] + few.counts.open).toBe(all.items.length);
    // The timeline drawn from the week's obligations and the count before it, as the page draws it, equals the
    // timeline drawn from every obligation, as the page drew it when the service handed them all over.
    const asTimeline = (items: typeof all.items) => items.map((item) => ({ ...item, due: new Date(item.due) }));
    expect(few.week.timeZone).toBe(timelineZone(all.items.map((item) => item.timeZone)));
    const whole = buildTimeline(asTimeline(all.items), now, few.week.timeZone);
    const fromWeek = buildTimeline(asTimeline(few.week.items), now, few.week.timeZone);
    expect(fromWeek.days).toEqual(whole.days);
    expect(fromWeek.earlier).toEqual([]);
    expect(few.week.earlier).toBe(whole.earlier.length);
    expect(whole.earlier.length).toBeGreaterThan(0);
    expect(whole.days.flatMap((day) => day.entries).length).toBeGreaterThan(0);
    const overdue = value(await openObligations(ctx, dpo, { status: "overdue" }, 1));
    expect(overdue.items).toEqual(all.items.filter((item) => item.status === "overdue").slice(0, 1));
    expect(overdue.more).toBe(all.counts.overdue - 1);
    await ctx.db.incident.delete({ where: { id: old } });
  });

  it("counts and filters by standing and hours ahead in the database exactly as each obligation's own standing says", async () => {
    const all = value(await openObligations(ctx, dpo, {}, 1_000));
    for (const status of ["overdue", "due soon", "open"] as const) {
      expect(all.counts[status]).toBe(all.items.filter((item) => item.status === status).length);
      const some = value(await openObligations(ctx, dpo, { status }, 1_000));
      expect(some.items).toEqual(all.items.filter((item) => item.status === status));
      expect(some.counts[status]).toBe(some.items.length);
    }
    expect(all.counts["due soon"]).toBeGreaterThan(0);
    expect(all.counts.open).toBeGreaterThan(0);
    for (const hours of [1, 24, 36, 100]) {
      const within = value(await openObligations(ctx, dpo, { dueWithinHours: hours }, 1_000));
      expect(within.items).toEqual(all.items.filter((item) => item.remainingMs <= hours * HOUR));
    }
  });

  it("shows each listed obligation and each of the week's with its own incident's title, owner, basis and limits", async () => {
    const few = value(await openObligations(ctx, dpo, {}, 2));
    const shown = [...few.items, ...few.week.items];
    expect(few.week.items.length).toBeGreaterThan(0);
    for (const item of shown) {
      expect(item.title).toBe(`Incident ${item.reference.slice("BD-2026-".length)}`);
      expect(item.ownerId).toBe(creatorId);
      expect(item.dpoId).toBeNull();
      const deadlines = value(await getIncidentDeadlines(ctx, dpo, { incidentId: item.incidentId })).deadlines;
      const same = deadlines.find((deadline) => deadline.regime === item.regime && deadline.obligation === item.obligation)!;
      expect(same).toBeDefined();
      expect({ basis: item.basis, due: item.due, dueUnder1182: item.dueUnder1182 ?? undefined }).toEqual({
        basis: same.basis,
        due: same.due,
        dueUnder1182: same.dueUnder1182,
      });
      expect({ provisional: item.provisional, internalTarget: item.internalTarget }).toEqual({
        provisional: same.provisional,
        internalTarget: same.internalTarget,
      });
    }
  });

  it("records the read in the audit trail", async () => {
    const before = await ctx.db.auditEntry.count({ where: { action: "deadlines.dashboard" } });
    await openObligations(ctx, dpo);
    expect(await ctx.db.auditEntry.count({ where: { action: "deadlines.dashboard" } })).toBe(before + 1);
  });
});
