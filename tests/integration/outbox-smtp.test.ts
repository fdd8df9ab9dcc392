import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startSmtpSink, type SmtpSink } from "@/bench/outbox-smtp-sink";
import { messageIdFor } from "@/lib/mail/message-id";
import { enqueueEmail } from "@/lib/mail/outbox";
import { writeTransaction } from "@/lib/server/transaction";
import { createTestContext, type TestContext } from "./support/test-context";
import { exited, startWorkerInstance, tally, waitFor } from "./support/worker-instances";

/*
 * The multi-instance case end to end: two workers, each its own process with its own database connection
 * and its own pooled SMTP transport (as two app instances or two `npm run worker` processes), drain the same
 * outbox into a real SMTP server on loopback, which counts every message it accepts by Message-ID.
 * (Two clients in one process would not do on SQLite: the driver waits for a busy file synchronously, so
 * one client waiting would stop the other, on the same event loop, from finishing its transaction.)
 */
const MESSAGES = 1_000;
const MAIL_FROM = "Breachdesk <outbox@practice.example>";

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
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
        await enqueueEmail(tx, {
          idempotencyKey: key,
          to: `patient.${key.split(":")[1]}@example.org`,
          subject: "Notice",
          text: "Body",
          availableAt: new Date(),
        });
      }
    });
  }
  return keys;
}

/** Runs two worker processes until every message is recorded as sent; returns what each one's log says it sent. */
async function drainWithTwoWorkers(sink: SmtpSink) {
  const output = new Map<string, string[]>();
  const workers: ChildProcess[] = [];
  let drained = false;
  try {
    workers.push(
      ...(await Promise.all(
        ["instance-1", "instance-2"].map((id) =>
          startWorkerInstance({ databaseUrl: ctx.url, smtpUrl: sink.url, mailFrom: MAIL_FROM }, id, output),
        ),
      )),
    );
    for (const worker of workers) worker.send("go");
    drained = await waitFor(async () => (await ctx.db.outboxMessage.count({ where: { status: "sent" } })) === MESSAGES, 45_000);
  } finally {
    for (const worker of workers) worker.kill("SIGTERM");
    await Promise.all(workers.map(exited));
  }
  const instances = [...output].map(([id, lines]) => ({ id, lines, ...tally(lines) }));
  if (!drained)
    console.log(
      instances
        .map(({ id, lines }) =>
          lines
            .slice(-20)
            .map((line) => `[${id}] ${line}`)
            .join("\n"),
        )
        .join("\n"),
    );
  expect(drained).toBe(true);
  return instances;
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
      const instances = await drainWithTwoWorkers(sink);
      expectEachDeliveredOnce(sink, keys);
      expect(instances.flatMap((instance) => instance.problems)).toEqual([]);
      expect(instances[0]!.sent + instances[1]!.sent).toBe(MESSAGES);
      expect(instances[0]!.sent).toBeGreaterThan(0);
      expect(instances[1]!.sent).toBeGreaterThan(0);
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
