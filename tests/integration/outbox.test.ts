import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { OutboxHandler } from "@/lib/mail/handlers";
import { messageIdFor } from "@/lib/mail/message-id";
import { enqueue, enqueueEmail } from "@/lib/mail/outbox";
import { outboxCounts, outboxSummary } from "@/lib/mail/outbox-summary";
import type { MailSender, OutgoingEmail } from "@/lib/mail/transport";
import { OutboxWorker, type OutboxWorkerOptions } from "@/lib/mail/worker";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { writeTransaction } from "@/lib/server/transaction";
import { createTestContext, type TestContext } from "./support/test-context";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.db.outboxMessage.deleteMany({});
  ctx.clock.now = new Date("2026-03-27T22:30:00Z");
});

const MAIL_FROM = "Breachdesk <outbox@practice.example>";

function recordingSender(fail?: (mail: OutgoingEmail) => Error | null): MailSender & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    async sendMail(mail) {
      const failure = fail?.(mail) ?? null;
      if (failure) throw failure;
      sent.push(mail);
      return { messageId: mail.messageId };
    },
    close() {},
  };
}

function worker(options: Partial<OutboxWorkerOptions> = {}) {
  return new OutboxWorker({
    db: ctx.db,
    provider: ctx.provider,
    now: ctx.now,
    mailFrom: MAIL_FROM,
    handlers: () => new Map(),
    maxPerSecond: Infinity,
    random: () => 0.5,
    log: () => {},
    ...options,
  });
}

function queueEmail(key: string, to = "patient.one@example.org", extra: { organizationId?: string; availableAt?: Date } = {}) {
  return writeTransaction(ctx.db, ctx.provider, (tx) =>
    enqueueEmail(tx, {
      idempotencyKey: key,
      to,
      subject: `Notice ${key}`,
      text: "Your data was involved in a breach.",
      availableAt: ctx.now(),
      ...extra,
    }),
  );
}

const advance = (ms: number) => {
  ctx.clock.now = new Date(ctx.clock.now.getTime() + ms);
};

describe("enqueue", () => {
  it("stores one message per idempotency key, whether repeated in one transaction, in sequence or concurrently", async () => {
    const first = await writeTransaction(ctx.db, ctx.provider, async (tx) => [
      await enqueueEmail(tx, { idempotencyKey: "notice:1", to: "a@example.org", subject: "S", text: "T" }),
      await enqueueEmail(tx, { idempotencyKey: "notice:1", to: "a@example.org", subject: "S", text: "T" }),
    ]);
    expect(first[0]).toMatchObject({ enqueued: true });
    expect(first[1]).toEqual({ enqueued: false, id: first[0]!.id, reason: "already_enqueued" });
    expect(await queueEmail("notice:1")).toEqual({ enqueued: false, id: first[0]!.id, reason: "already_enqueued" });

    const racing = await Promise.all(Array.from({ length: 6 }, () => queueEmail("notice:2")));
    expect(racing.filter((result) => result.enqueued)).toHaveLength(1);
    expect(new Set(racing.map((result) => result.id)).size).toBe(1);
    expect(await ctx.db.outboxMessage.count()).toBe(2);
  });

  it("is part of the caller's transaction: rolled back with it", async () => {
    await expect(
      writeTransaction(ctx.db, ctx.provider, async (tx) => {
        await enqueue(tx, { kind: "email", idempotencyKey: "rolled-back", payload: { to: "x@example.org", subject: "s", text: "t" } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await ctx.db.outboxMessage.count()).toBe(0);
  });

  it("seals the payload at rest: the raw row holds neither the address nor the name", async () => {
    await queueEmail("sealed", "Maria Muster <maria.muster@example.org>");
    const rows = await ctx.db.$queryRawUnsafe<Array<{ id: string; payload: string }>>(`SELECT "id", "payload" FROM "OutboxMessage"`);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.payload.startsWith("enc2:")).toBe(true);
    expect(rows[0]!.payload).not.toMatch(/maria|muster|example\.org/i);
    expect(JSON.parse(unseal(rows[0]!.payload, at("outboxMessage", "payload", rows[0]!.id)))).toMatchObject({
      to: "Maria Muster <maria.muster@example.org>",
    });
  });
});

describe("claiming with a lease", () => {
  it("does not claim a message under a live lease, and reclaims it once the lease has expired", async () => {
    await queueEmail("lease:1");
    const sender = recordingSender();
    const first = worker({ mailer: sender, leaseMs: 60_000, workerId: "first" });
    const second = worker({ mailer: sender, leaseMs: 60_000, workerId: "second" });

    const claimed = await first.claimBatch();
    expect(claimed.map((message) => message.idempotencyKey)).toEqual(["lease:1"]);
    expect(await ctx.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "processing", leaseOwner: "first#1" });

    advance(59_000);
    expect(await second.claimBatch()).toEqual([]);

    advance(2_000);
    const reclaimed = await second.claimBatch();
    expect(reclaimed.map((message) => message.idempotencyKey)).toEqual(["lease:1"]);
    // The interrupted attempt counts, so a message that kills its worker every time ends up dead, not looping.
    expect(await ctx.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "processing", leaseOwner: "second#2", attempts: 1 });
  });

  it("fences the first worker out once its lease was taken over: its late result changes nothing", async () => {
    await queueEmail("lease:2");
    const first = worker({ mailer: recordingSender(), leaseMs: 10_000, workerId: "first" });
    await first.claimBatch();
    advance(11_000);
    const second = worker({ mailer: recordingSender(), leaseMs: 10_000, workerId: "second" });
    expect(await second.claimBatch()).toHaveLength(1);
    const { recordSent } = await import("@/lib/mail/settle");
    const row = await ctx.db.outboxMessage.findFirstOrThrow();
    expect(await recordSent(ctx.db, ctx.provider, [{ id: row.id, leaseOwner: "first#1" }], ctx.now())).toBe(0);
    expect(await ctx.db.outboxMessage.findFirstOrThrow()).toMatchObject({ status: "processing", leaseOwner: "second#1" });
  });

  it("claims only due messages of kinds it handles, and never one message twice across concurrent claims", async () => {
    await queueEmail("later", "a@example.org", { availableAt: new Date(ctx.clock.now.getTime() + 60_000) });
    await writeTransaction(ctx.db, ctx.provider, (tx) =>
      enqueue(tx, { kind: "unknown-kind", idempotencyKey: "unknown", payload: {}, availableAt: ctx.now() }),
    );
    for (let i = 0; i < 40; i++) await queueEmail(`due:${i}`);
    const workers = Array.from({ length: 4 }, (_, i) => worker({ mailer: recordingSender(), batchSize: 15, workerId: `w${i}` }));
    const claims = await Promise.all(workers.map((w) => w.claimBatch()));
    const keys = claims.flat().map((message) => message.idempotencyKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.every((key) => key.startsWith("due:"))).toBe(true);
    const rest = await Promise.all(workers.map((w) => w.claimBatch()));
    const all = [...keys, ...rest.flat().map((message) => message.idempotencyKey)];
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(40);
  });
});

describe("delivery", () => {
  it("sends with a Message-ID fixed by the idempotency key and records it as sent", async () => {
    await queueEmail("deliver:1", "patient.two@example.org");
    const sender = recordingSender();
    const report = await worker({ mailer: sender }).processBatch();
    expect(report).toMatchObject({ claimed: 1, sent: 1, retried: 0, dead: 0 });
    expect(sender.sent).toHaveLength(1);
    expect(sender.sent[0]).toMatchObject({
      to: "patient.two@example.org",
      from: MAIL_FROM,
      messageId: messageIdFor("deliver:1", MAIL_FROM),
    });
    expect(sender.sent[0]!.messageId).toMatch(/^<[0-9a-f]{40}\.outbox@practice\.example>$/);
    const row = await ctx.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", leaseOwner: null, leaseExpiresAt: null });
    expect(row.sentAt?.toISOString()).toBe(ctx.clock.now.toISOString());
    expect((await worker({ mailer: sender }).processBatch()).claimed).toBe(0);
  });

  it("backs off exponentially after failures and keeps a dead message with its last error after maxAttempts", async () => {
    await queueEmail("flaky");
    const failing = recordingSender(() => Object.assign(new Error("Connection closed unexpectedly"), { code: "ECONNECTION" }));
    const w = worker({ mailer: failing, retry: { baseDelayMs: 1_000, maxDelayMs: 3_000, maxAttempts: 4 } });
    const start = ctx.clock.now.getTime();

    expect(await w.processBatch()).toMatchObject({ claimed: 1, retried: 1 });
    let row = await ctx.db.outboxMessage.findFirstOrThrow();
    // nominal 1 s, equal jitter with random 0.5: 0.5 s + 0.25 s
    expect(row).toMatchObject({ status: "failed", attempts: 1, lastError: "ECONNECTION: Connection closed unexpectedly" });
    expect(row.availableAt.getTime() - start).toBe(750);

    advance(749);
    expect((await w.processBatch()).claimed).toBe(0);
    advance(1);
    expect(await w.processBatch()).toMatchObject({ claimed: 1, retried: 1 });
    row = await ctx.db.outboxMessage.findFirstOrThrow();
    expect(row.attempts).toBe(2);
    expect(row.availableAt.getTime() - ctx.clock.now.getTime()).toBe(1_500);

    advance(1_500);
    await w.processBatch();
    row = await ctx.db.outboxMessage.findFirstOrThrow();
    expect(row.attempts).toBe(3);
    expect(row.availableAt.getTime() - ctx.clock.now.getTime()).toBe(2_250); // capped at 3 s nominal

    advance(2_250);
    expect(await w.processBatch()).toMatchObject({ claimed: 1, dead: 1 });
    row = await ctx.db.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: "dead", attempts: 4, lastError: "ECONNECTION: Connection closed unexpectedly", leaseOwner: null });
    advance(3_600_000);
    expect((await w.processBatch()).claimed).toBe(0);
  });

  it("gives up at once on a permanent refusal of the recipient, and retries a login failure", async () => {
    await queueEmail("refused", "nobody@example.org");
    await queueEmail("login", "someone@example.org");
    const sender = recordingSender((mail) =>
      mail.to === "nobody@example.org"
        ? Object.assign(new Error("Recipient address rejected"), { code: "EENVELOPE", responseCode: 550, permanent: true })
        : Object.assign(new Error("Invalid login"), { code: "EAUTH", responseCode: 535, permanent: true }),
    );
    expect(await worker({ mailer: sender }).processBatch()).toMatchObject({ claimed: 2, dead: 1, retried: 1 });
    const rows = await ctx.db.outboxMessage.findMany({ orderBy: { idempotencyKey: "asc" } });
    expect(rows.map((row) => [row.idempotencyKey, row.status])).toEqual([
      ["login", "failed"],
      ["refused", "dead"],
    ]);
  });

  it("without SMTP leaves e-mail pending, untouched, and sends it once a transport is configured", async () => {
    await queueEmail("waiting:1");
    const withoutSmtp = worker({ mailer: null });
    expect([...withoutSmtp.handlers().keys()]).not.toContain("email");
    for (let i = 0; i < 3; i++) {
      expect((await withoutSmtp.processBatch()).claimed).toBe(0);
      advance(3_600_000);
    }
    expect(await ctx.db.outboxMessage.findFirstOrThrow()).toMatchObject({
      status: "pending",
      attempts: 0,
      lastError: null,
      leaseOwner: null,
    });

    const sender = recordingSender();
    expect(await worker({ mailer: sender }).processBatch()).toMatchObject({ sent: 1 });
    expect(sender.sent).toHaveLength(1);
  });

  it("runs registered handlers for other kinds with the decrypted payload, and retries when one throws", async () => {
    await writeTransaction(ctx.db, ctx.provider, async (tx) => {
      await enqueue(tx, {
        kind: "reminder",
        idempotencyKey: "reminder:ok",
        payload: { incident: "BD-2026-0001" },
        incidentId: "inc-1",
        availableAt: ctx.now(),
      });
      await enqueue(tx, {
        kind: "reminder",
        idempotencyKey: "reminder:bug",
        payload: { incident: "BD-2026-0002" },
        availableAt: ctx.now(),
      });
    });
    const seen: unknown[] = [];
    const reminder: OutboxHandler = async (delivery) => {
      seen.push(delivery.payload);
      if (delivery.idempotencyKey === "reminder:bug") throw new Error("a bug");
      return { status: "done" };
    };
    const report = await worker({ mailer: null, handlers: () => new Map([["reminder", reminder]]) }).processBatch();
    expect(report).toMatchObject({ claimed: 2, sent: 1, retried: 1 });
    expect(seen).toEqual(expect.arrayContaining([{ incident: "BD-2026-0001" }, { incident: "BD-2026-0002" }]));
    const bug = await ctx.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "reminder:bug" } });
    expect(bug).toMatchObject({ status: "failed", attempts: 1, lastError: "handler error: a bug" });
  });

  it("stops gracefully: finishes what is in flight and gives back the unstarted rest of its batch", async () => {
    for (let i = 0; i < 10; i++) await queueEmail(`stop:${i}`);
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    const sent: string[] = [];
    const slow: MailSender = {
      async sendMail(mail) {
        await gate;
        sent.push(mail.messageId);
        return {};
      },
      close() {},
    };
    const w = worker({ mailer: slow, concurrency: 2, idlePollMs: 10 });
    w.start();
    await expect.poll(() => ctx.db.outboxMessage.count({ where: { status: "processing" } })).toBe(10);
    const stopped = w.stop();
    release();
    await stopped;
    const counts = await ctx.db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true }, orderBy: { status: "asc" } });
    expect(Object.fromEntries(counts.map((c) => [c.status, c._count._all]))).toEqual({ pending: 8, sent: 2 });
    expect(sent).toHaveLength(2);
    expect(await ctx.db.outboxMessage.count({ where: { leaseOwner: { not: null } } })).toBe(0);
  });
});

describe("outboxSummary", () => {
  it("counts by status and lists waiting e-mails with only recipients and subject, scoped to the organisations asked for", async () => {
    await queueEmail("org-a:1", "first@example.org", { organizationId: "org-a" });
    await queueEmail("org-a:2", "second@example.org", { organizationId: "org-a" });
    await queueEmail("org-b:1", "other@example.org", { organizationId: "org-b" });
    const sender = recordingSender((mail) =>
      mail.to === "second@example.org" ? Object.assign(new Error("busy"), { responseCode: 451 }) : null,
    );
    await worker({ mailer: sender, batchSize: 2 }).processBatch();

    const summary = await outboxSummary({ ...ctx, env: { ...ctx.env, SMTP_URL: undefined } }, ["org-a"]);
    expect(summary.smtpConfigured).toBe(false);
    const totalA = Object.values(summary.countsByStatus).reduce((sum, n) => sum + n, 0);
    expect(totalA).toBe(2);
    expect(summary.waitingEmailCount + (summary.countsByStatus.sent ?? 0)).toBe(2);
    expect(summary.waitingEmails.every((email) => !email.to.includes("other@example.org"))).toBe(true);
    for (const email of summary.waitingEmails) {
      expect(Object.keys(email)).not.toContain("text");
      expect(email.subject).toMatch(/^Notice org-a:/);
    }
  });
});

describe("outboxSummary counts everything still to go", () => {
  it("counts messages to the people affected (kind communication) beside reminders and invitations, not sent or dropped ones", async () => {
    await queueEmail("reminder:1", "dpo@example.org", { organizationId: "org-a" });
    for (const n of [1, 2, 3]) {
      await writeTransaction(ctx.db, ctx.provider, (tx) =>
        enqueue(tx, {
          kind: "communication",
          idempotencyKey: `communication:c1:recipient:r${n}`,
          payload: { communicationId: "c1", recipientId: `r${n}` },
          organizationId: "org-a",
        }),
      );
    }
    await writeTransaction(ctx.db, ctx.provider, (tx) =>
      enqueue(tx, {
        kind: "communication",
        idempotencyKey: "communication:c2:recipient:r9",
        payload: { communicationId: "c2", recipientId: "r9" },
        organizationId: "org-b",
      }),
    );
    await ctx.db.outboxMessage.updateMany({ where: { idempotencyKey: "communication:c1:recipient:r3" }, data: { status: "dead" } });

    const summary = await outboxSummary({ ...ctx, env: { ...ctx.env, SMTP_URL: undefined } }, ["org-a"]);
    expect(summary.waitingCount).toBe(3);
    expect(summary.waitingToPeopleAffected).toBe(2);
    expect(summary.waitingEmailCount).toBe(1);
    // The counts alone (the dashboard's notice), in one query: the same numbers.
    const { countsByStatus, waitingCount, waitingToPeopleAffected, waitingEmailCount } = summary;
    expect(await outboxCounts(ctx, ["org-a"])).toEqual({ countsByStatus, waitingCount, waitingToPeopleAffected, waitingEmailCount });
    expect(countsByStatus).toEqual({ pending: 3, dead: 1 });
    expect((await outboxCounts(ctx, ["org-b"])).waitingToPeopleAffected).toBe(1);
  });
});
