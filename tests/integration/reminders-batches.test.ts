import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "@/lib/db/client";
import { at as sealedAt, unseal } from "@/lib/server/crypto/sealed-text";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { REMINDER_BATCH, scheduleDueReminders } from "@/lib/server/reminders/schedule-due-reminders";
import type { ServiceContext } from "@/lib/server/service-context";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * A run with many reminders due (a scheduler back after a stop, a deployment of many practices) queues them
 * REMINDER_BATCH to a transaction, not one transaction each, and stays idempotent: a second run queues
 * nothing, a run after some were lost queues exactly those.
 */
const INCIDENTS = 1_200;
const HOUR = 3_600_000;
const awareAt = new Date("2026-03-27T22:30:00Z");
// 25 hours after awareness: the GDPR notification (72 h) has passed its "48 h before" point, not yet "24 h before".
const now = new Date(awareAt.getTime() + 25 * HOUR);

let ctx: TestContext;
let transactions = 0;
let counted: ServiceContext;

/** The test's context with a database client that counts the transactions started on it. */
function countingTransactions(db: Db): Db {
  return new Proxy(db, {
    get(target, property) {
      const member: unknown = Reflect.get(target, property, target);
      if (property === "$transaction") {
        return (...args: Parameters<Db["$transaction"]>) => {
          transactions += 1;
          return (target.$transaction as (...a: unknown[]) => unknown)(...args);
        };
      }
      return typeof member === "function" ? (member as (...a: unknown[]) => unknown).bind(target) : member;
    },
  });
}

beforeAll(async () => {
  ctx = await createTestContext({ now });
  counted = { ...ctx, db: countingTransactions(ctx.db) };
  const org = await ctx.db.organization.create({ data: { slug: "many", name: "Centre de santé", dpoEmail: "dpo@many.example" } });
  const owner = await ctx.db.user.create({ data: { email: "owner@many.example", name: "Owner" } });
  await ctx.db.membership.create({ data: { userId: owner.id, organizationId: org.id, role: "manager" } });
  await ctx.db.incident.createMany({
    data: Array.from({ length: INCIDENTS }, (_, i) => ({
      organizationId: org.id,
      reference: `BD-2026-${String(i + 1).padStart(4, "0")}`,
      title: `Incident ${i + 1}`,
      description: "x",
      awareAt,
      timeZone: "Europe/Paris",
      state: "reported",
      createdById: owner.id,
      ownerId: owner.id,
    })),
  });
  // The scheduler reads the stored deadlines, which the services keep; the incidents were written directly.
  const incidents = await ctx.db.incident.findMany({ select: { id: true } });
  await refreshIncidentDeadlines(
    ctx.db,
    incidents.map((incident) => incident.id),
  );
});
afterAll(async () => ctx.close());

describe("reminders queued in batches", () => {
  it(`queues ${INCIDENTS} due reminders in ${Math.ceil(INCIDENTS / REMINDER_BATCH)} transactions, one message each`, async () => {
    transactions = 0;
    const report = await scheduleDueReminders(counted, now);
    expect(report).toMatchObject({ due: INCIDENTS, enqueued: INCIDENTS, alreadyQueued: 0, withoutRecipient: 0 });
    expect(transactions).toBe(Math.ceil(INCIDENTS / REMINDER_BATCH));
    const rows = await ctx.db.outboxMessage.findMany({ select: { id: true, idempotencyKey: true, payload: true, incidentId: true } });
    expect(rows).toHaveLength(INCIDENTS);
    expect(new Set(rows.map((row) => row.incidentId)).size).toBe(INCIDENTS);
    expect(rows.every((row) => row.idempotencyKey.includes(":-48h@"))).toBe(true);
    const sample = rows[INCIDENTS - 1]!;
    const payload = JSON.parse(unseal(sample.payload, sealedAt("outboxMessage", "payload", sample.id))) as {
      to: string[];
      subject: string;
    };
    expect(payload.to.sort()).toEqual(["dpo@many.example", "owner@many.example"]);
    // A French practice whose people chose no language: both read French, so it is still one e-mail.
    expect(payload.subject).toMatch(/BD-2026-\d{4}\u00a0: Notifier l’autorité de contrôle/);
  });

  it("queues nothing, in no transaction, when run again", async () => {
    transactions = 0;
    const report = await scheduleDueReminders(counted, new Date(now.getTime() + HOUR));
    expect(report).toMatchObject({ due: INCIDENTS, enqueued: 0, alreadyQueued: INCIDENTS });
    expect(transactions).toBe(0);
    expect(await ctx.db.outboxMessage.count()).toBe(INCIDENTS);
  });

  it("queues exactly the lost ones after some messages vanished", async () => {
    const lost = await ctx.db.outboxMessage.findMany({ select: { id: true }, orderBy: { id: "asc" }, take: 700 });
    await ctx.db.outboxMessage.deleteMany({ where: { id: { in: lost.map((row) => row.id) } } });
    transactions = 0;
    const report = await scheduleDueReminders(counted, new Date(now.getTime() + HOUR));
    expect(report).toMatchObject({ enqueued: 700, alreadyQueued: INCIDENTS - 700 });
    expect(transactions).toBe(2);
    const keys = (await ctx.db.outboxMessage.findMany({ select: { idempotencyKey: true } })).map((row) => row.idempotencyKey);
    expect(keys).toHaveLength(INCIDENTS);
    expect(new Set(keys).size).toBe(INCIDENTS);
  });
});
