import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { openDb } from "@/lib/db/client";
import { at as sealedAt, unseal } from "@/lib/server/crypto/sealed-text";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { scheduleDueReminders } from "@/lib/server/reminders/schedule-due-reminders";
import type { ServiceContext } from "@/lib/server/service-context";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * Reminders through the outbox: each one queued exactly once, however often the scheduler runs, and with
 * two app instances (two contexts, two connection pools) on one database running it at the same moment.
 */
let ctx: TestContext;
let second: ServiceContext;
let closeSecond: () => Promise<void>;
const HOUR = 3_600_000;
const awareAt = new Date("2026-03-27T22:30:00Z"); // 23:30 in Paris, before the change to summer time
const due = new Date("2026-03-30T22:30:00Z");
let incidentId: string;
let organizationId: string;
let ownerId: string;
let dpoId: string;

const at = (offsetHours: number) => new Date(due.getTime() + offsetHours * HOUR);
const reminders = () => ctx.db.outboxMessage.findMany({ where: { incidentId }, orderBy: { createdAt: "asc" } });
const payloadOf = (row: { id: string; payload: string }) =>
  JSON.parse(unseal(row.payload, sealedAt("outboxMessage", "payload", row.id))) as { to: string[]; subject: string; text: string };

beforeAll(async () => {
  ctx = await createTestContext({ now: at(-72) });
  const opened = await openDb(ctx.url);
  second = { db: opened.db, provider: opened.provider, env: ctx.env, now: ctx.now };
  closeSecond = () => opened.db.$disconnect();
  const org = await ctx.db.organization.create({ data: { slug: "parc", name: "Cabinet du Parc" } });
  organizationId = org.id;
  // Both chose English: the French practice's language would otherwise be theirs (the last test changes it).
  const owner = await ctx.db.user.create({ data: { email: "owner@parc.example", name: "Owner", locale: "en" } });
  const dpo = await ctx.db.user.create({ data: { email: "dpo@parc.example", name: "DPO", locale: "en" } });
  ownerId = owner.id;
  dpoId = dpo.id;
  await ctx.db.membership.create({ data: { userId: owner.id, organizationId, role: "manager" } });
  await ctx.db.membership.create({ data: { userId: dpo.id, organizationId, role: "dpo" } });
  const incident = await ctx.db.incident.create({
    data: {
      organizationId,
      reference: "BD-2026-0001",
      title: "Lab results sent to the wrong patient",
      description: "x",
      awareAt,
      timeZone: "Europe/Paris",
      state: "reported",
      createdById: owner.id,
      ownerId: owner.id,
      dpoId: dpo.id,
    },
  });
  incidentId = incident.id;
});
afterAll(async () => {
  await closeSecond();
  await ctx.close();
});
beforeEach(async () => {
  await ctx.db.outboxMessage.deleteMany({});
  await ctx.db.filing.deleteMany({});
  // The scheduler reads the stored deadlines, which the services keep; this file writes rows directly.
  await refreshIncidentDeadlines(ctx.db, [incidentId]);
});

describe("scheduleDueReminders", () => {
  it("queues nothing before the first reminder point", async () => {
    const report = await scheduleDueReminders(ctx, at(-49));
    expect(report).toMatchObject({ deadlines: 1, due: 0, enqueued: 0 });
    expect(await reminders()).toHaveLength(0);
  });

  it("queues each reminder once, to the DPO and the owner, however often it runs", async () => {
    expect((await scheduleDueReminders(ctx, at(-47))).enqueued).toBe(1);
    expect((await scheduleDueReminders(ctx, at(-46))).enqueued).toBe(0);
    expect((await scheduleDueReminders(second, at(-30))).alreadyQueued).toBe(1);
    const [first] = await reminders();
    expect(first?.kind).toBe("email");
    expect(first?.idempotencyKey).toBe(`reminder:incident:${incidentId}:gdpr:notify-authority:-48h@${due.toISOString()}`);
    const payload = payloadOf(first!);
    expect(payload.to.sort()).toEqual(["dpo@parc.example", "owner@parc.example"]);
    expect(payload.subject).toContain("BD-2026-0001");
    expect(payload.text).toContain("31 Mar 2026, 00:30 CEST");
    expect(payload.text).toContain("30 Mar 2026, 22:30 UTC");
    expect(first?.organizationId).toBe(organizationId);
  });

  it("queues the 48 h, 24 h, 6 h, deadline and daily overdue reminders once each across two instances running together", async () => {
    const points = [-47, -23, -5, 0.5, 24.5, 48.5];
    for (const point of points) {
      // PostgreSQL: truly at once. SQLite: one after the other, since two clients of one file in one process
      // would block each other's thread (separate processes, as in production, simply wait their turn).
      const [a, b] =
        ctx.provider === "postgresql"
          ? await Promise.all([scheduleDueReminders(ctx, at(point)), scheduleDueReminders(second, at(point))])
          : [await scheduleDueReminders(ctx, at(point)), await scheduleDueReminders(second, at(point))];
      expect(a.enqueued + b.enqueued).toBe(1);
      // A restart: a fresh run at the same moment finds everything already queued.
      expect((await scheduleDueReminders(second, at(point))).enqueued).toBe(0);
    }
    const keys = (await reminders()).map((row) => row.idempotencyKey.replace(/@.*$/, "").split(":").at(-1));
    expect(keys.sort()).toEqual(["+24h", "+48h", "-24h", "-48h", "-6h", "0h"].sort());
    expect(new Set((await reminders()).map((row) => row.idempotencyKey)).size).toBe(points.length);
  });

  it("sends one reminder saying where things stand, not a burst of stale ones, after a long stop", async () => {
    const report = await scheduleDueReminders(ctx, at(-3));
    expect(report.enqueued).toBe(1);
    const [only] = await reminders();
    expect(only?.idempotencyKey).toContain(":-6h@");
  });

  it("says overdue in words once the deadline has passed", async () => {
    await scheduleDueReminders(ctx, at(25));
    const [overdue] = await reminders();
    expect(payloadOf(overdue!).subject).toContain("OVERDUE");
  });

  it("stops reminding once the authority notification is filed", async () => {
    await ctx.db.filing.create({
      data: {
        incidentId,
        authority: "cnil",
        kind: "complete",
        channel: "online_form",
        filedAt: at(-30),
        content: "{}",
        filedById: ownerId,
      },
    });
    await refreshIncidentDeadlines(ctx.db, [incidentId]);
    const report = await scheduleDueReminders(ctx, at(-5));
    expect(report.enqueued).toBe(0);
    expect(await reminders()).toHaveLength(0);
  });

  it("reminds only people whose membership of the practice is active: a suspended DPO gets nothing", async () => {
    await ctx.db.membership.updateMany({ where: { userId: dpoId, organizationId }, data: { suspendedAt: at(-72) } });
    try {
      expect((await scheduleDueReminders(ctx, at(-47))).enqueued).toBe(1);
      expect(payloadOf((await reminders())[0]!).to).toEqual(["owner@parc.example"]);
    } finally {
      await ctx.db.membership.updateMany({ where: { userId: dpoId, organizationId }, data: { suspendedAt: null } });
    }
  });

  it("follows the practice's own reminder points", async () => {
    await ctx.db.organization.update({
      where: { id: organizationId },
      data: { settings: JSON.stringify({ reminders: { beforeHours: [12] } }) },
    });
    try {
      expect((await scheduleDueReminders(ctx, at(-20))).enqueued).toBe(0);
      expect((await scheduleDueReminders(ctx, at(-11))).enqueued).toBe(1);
      expect((await reminders())[0]?.idempotencyKey).toContain(":-12h@");
    } finally {
      await ctx.db.organization.update({ where: { id: organizationId }, data: { settings: "{}" } });
    }
  });

  it("writes to each person in their language: the one they chose, else their practice's; one e-mail per language", async () => {
    await ctx.db.user.update({ where: { id: dpoId }, data: { locale: null } });
    await ctx.db.user.update({ where: { id: ownerId }, data: { locale: "de" } });
    try {
      expect((await scheduleDueReminders(ctx, at(25))).enqueued).toBe(2);
      const rows = await reminders();
      const key = `reminder:incident:${incidentId}:gdpr:notify-authority:+24h@${due.toISOString()}`;
      expect(rows.map((row) => row.idempotencyKey).sort()).toEqual([key, `${key}:de`]);
      const french = payloadOf(rows.find((row) => row.idempotencyKey === key)!);
      const german = payloadOf(rows.find((row) => row.idempotencyKey === `${key}:de`)!);
      expect(french.to).toEqual(["dpo@parc.example"]);
      expect(french.subject).toBe("[Breachdesk] BD-2026-0001\u00a0: EN RETARD\u00a0: Notifier l’autorité de contrôle");
      expect(french.text).toContain("Échéance\u00a0: 31 mars 2026, 00:30 UTC+2 (30 mars 2026, 22:30 UTC).");
      expect(french.text).toContain("Ce délai est dépassé (en retard de 1\u00a0j 1\u00a0h).");
      expect(german.to).toEqual(["owner@parc.example"]);
      expect(german.subject).toBe("[Breachdesk] BD-2026-0001: ÜBERFÄLLIG: Der Aufsichtsbehörde melden");
      expect(german.text).toContain("Der Aufsichtsbehörde melden (DSGVO, Art. 33 Abs. 1 DSGVO).");
      expect(german.text).toContain("Fällig: 31. März 2026, 00:30 MESZ (30. März 2026, 22:30 UTC).");
      expect(german.text).toContain("Diese Frist ist abgelaufen (seit 1 Tg. 1 Std. überfällig).");
      // Run again: neither is queued a second time.
      expect((await scheduleDueReminders(ctx, at(25.5))).enqueued).toBe(0);
    } finally {
      await ctx.db.user.updateMany({ where: { id: { in: [dpoId, ownerId] } }, data: { locale: "en" } });
    }
  });
});
