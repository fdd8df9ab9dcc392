import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/bench/outbox-smtp-sink";
import { openDb, type Db } from "@/lib/db/client";
import { messageIdFor } from "@/lib/mail/message-id";
import { enqueueEmail } from "@/lib/mail/outbox";
import { createMailTransport, type MailSender } from "@/lib/mail/transport";
import { OutboxWorker } from "@/lib/mail/worker";
import { writeTransaction } from "@/lib/server/transaction";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The multi-instance case end to end: two workers, each with its own database client and its own pooled
 * SMTP transport (as two app instances or two `npm run worker` processes would have), drain the same
 * outbox into a real SMTP server on loopback, which counts every message it accepts by Message-ID.
 */
const MESSAGES = 1_000;
const MAIL_FROM = "Breachdesk <outbox@practice.example>";

let ctx: TestContext;
let secondDb: Db;
beforeAll(async () => {
  ctx = await createTestContext();
  secondDb = (await openDb(ctx.url)).db;
});
afterAll(async () => {
  await secondDb.$disconnect();
  await ctx.close();
});
beforeEach(async () => {
  await ctx.db.outboxMessage.deleteMany({});
});

async function enqueueMany(count: number): Promise<string[]> {
  const keys = Array.from({ length: count }, (_, i) => `notice:${i}`);
  for (let start = 0; start < count; start += 250) {
    await writeTransaction(ctx.db, ctx.provider, async (tx) => {
      for (const key of keys.slice(start, start + 250)) {
        await enqueueEmail(tx, { idempotencyKey: key, to: `patient.${key.split(":")[1]}@example.org`, subject: "Notice", text: "Body", availableAt: new Date() });
      }
    });
  }
  return keys;
}

function countingSender(inner: MailSender, counter: { sent: number }): MailSender {
  return {
    async sendMail(mail) {
      const info = await inner.sendMail(mail);
      counter.sent += 1;
      return info;
    },
    close: () => inner.close(),
  };
}

async function drainWithTwoWorkers(sink: SmtpSink) {
  const counters = [{ sent: 0 }, { sent: 0 }];
  const mailers = counters.map((counter) => countingSender(createMailTransport({ SMTP_URL: sink.url }, { maxConnections: 3 })!, counter));
  const workers = [ctx.db, secondDb].map(
    (db, i) =>
      new OutboxWorker({
        db,
        provider: ctx.provider,
        mailer: mailers[i],
        mailFrom: MAIL_FROM,
        handlers: () => new Map(),
        batchSize: 50,
        concurrency: 6,
        maxPerSecond: Infinity,
        leaseMs: 60_000,
        idlePollMs: 25,
        retry: { baseDelayMs: 20, maxDelayMs: 200, maxAttempts: 12 },
        workerId: `instance-${i + 1}`,
        log: () => {},
      }),
  );
  for (const worker of workers) worker.start();
  try {
    await expect
      .poll(() => ctx.db.outboxMessage.count({ where: { status: "sent" } }), { timeout: 45_000, interval: 100 })
      .toBe(MESSAGES);
  } finally {
    await Promise.all(workers.map((worker) => worker.stop()));
    for (const mailer of mailers) mailer.close();
  }
  return counters;
}

function expectEachDeliveredOnce(sink: SmtpSink, keys: string[]) {
  const expected = new Set(keys.map((key) => messageIdFor(key, MAIL_FROM)));
  expect(expected.size).toBe(MESSAGES);
  expect(sink.delivered.size).toBe(MESSAGES);
  const duplicates = [...sink.delivered].filter(([, count]) => count !== 1);
  expect(duplicates).toEqual([]);
  expect([...sink.delivered.keys()].filter((id) => !expected.has(id))).toEqual([]);
  expect(sink.acceptedTotal()).toBe(MESSAGES);
}

describe("two workers, one database, a real SMTP server", () => {
  it(`deliver ${MESSAGES} e-mails, each exactly once, both taking part`, async () => {
    const sink = await startSmtpSink();
    try {
      const keys = await enqueueMany(MESSAGES);
      const counters = await drainWithTwoWorkers(sink);
      expectEachDeliveredOnce(sink, keys);
      expect(counters[0]!.sent + counters[1]!.sent).toBe(MESSAGES);
      expect(counters[0]!.sent).toBeGreaterThan(0);
      expect(counters[1]!.sent).toBeGreaterThan(0);
      expect(await ctx.db.outboxMessage.count({ where: { OR: [{ status: { not: "sent" } }, { leaseOwner: { not: null } }] } })).toBe(0);
    } finally {
      await sink.close();
    }
  });

  it("still deliver every e-mail exactly once when the server refuses or drops about 5% of sessions", async () => {
    const sink = await startSmtpSink({ failureRate: 0.05 });
    try {
      const keys = await enqueueMany(MESSAGES);
      await drainWithTwoWorkers(sink);
      expectEachDeliveredOnce(sink, keys);
      // The failures really happened and were retried by the outbox (not only inside nodemailer's pool).
      expect(sink.refusals.replied421 + sink.refusals.dropped).toBeGreaterThan(10);
      expect(await ctx.db.outboxMessage.count({ where: { attempts: { gt: 0 } } })).toBeGreaterThan(0);
      expect(await ctx.db.outboxMessage.count({ where: { status: "dead" } })).toBe(0);
    } finally {
      await sink.close();
    }
  });
});
