import type { ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCommunicationSmtpSink, type CommunicationSmtpSink } from "@/bench/communications-smtp-sink";
import type { ObligationId, RegimeId } from "@/lib/domain/deadlines";
import { translatorFor } from "@/lib/i18n/translator";
import { messageIdFor } from "@/lib/mail/message-id";
import { scheduleDueReminders } from "@/lib/server/reminders/schedule-due-reminders";
import { decodedMessage } from "./support/mime-text";
import { seedDueReminders, type ExpectedReminder } from "./support/reminder-cases";
import { createTestContext, type TestContext } from "./support/test-context";
import { exited, startWorkerInstance, tally, waitFor } from "./support/worker-instances";

/*
 * The clocks end to end (issue #6): about 1,000 reminders due now, over incidents of five practices (zones,
 * regimes, reminder points and internal targets of their own), and TWO worker instances, each its own
 * process as `npm run worker` runs it, each running the reminder loop beside its outbox worker. Both start
 * their first reminder pass at the same moment on one database, so both try to queue every reminder; a real
 * SMTP server on loopback, which refuses or drops about 3% of sessions, must then receive each reminder
 * (incident x deadline x reminder point) exactly once per recipient, about the right incident, and nothing else.
 */
const ROUNDS = 22; // x 35 incidents: 770 incidents, about 1,000 reminder e-mails
const MAIL_FROM = "Breachdesk <reminders@breachdesk.example>";
const INSTANCES = ["instance-1", "instance-2"];

/** What a reminder must say, in its language: the subject's start, the overdue word, the incident and the obligation. */
function wordsOf(reminder: ExpectedReminder) {
  const t = translatorFor(reminder.locale);
  const action = t(`email.obligations.${reminder.obligation as ObligationId}`);
  return {
    subjectStart: t("email.reminder.subject", { reference: reminder.reference, headline: "" }),
    overdue: t("email.reminder.headlineOverdue", { action }),
    incident: t("email.reminder.incident", { reference: reminder.reference, title: reminder.title }),
    obligation: `${action} (${t(`email.regimes.${reminder.regime as RegimeId}`)}, `,
  };
}

let ctx: TestContext;

/** Compares what the server accepted with what was expected: per (message, recipient) pair. */
function compare(sink: CommunicationSmtpSink, expected: readonly ExpectedReminder[]) {
  const byMessageId = new Map(expected.map((reminder) => [messageIdFor(reminder.idempotencyKey, MAIL_FROM), reminder]));
  const pairs = new Map<string, number>();
  const unexpected: string[] = [];
  const wrong: string[] = [];
  for (const message of sink.accepted) {
    const reminder = byMessageId.get(message.messageId);
    if (!reminder) {
      unexpected.push(`${message.messageId} to ${message.to.join(", ")}`);
      continue;
    }
    const to = [...message.to].sort();
    if (to.join(",") !== reminder.recipients.join(","))
      wrong.push(`${reminder.idempotencyKey}: to ${to.join(", ")}, expected ${reminder.recipients.join(", ")}`);
    const { subject, text } = decodedMessage(message.raw);
    const words = wordsOf(reminder);
    const overdue = reminder.point === "0h" || reminder.point.startsWith("+");
    if (!subject.startsWith(words.subjectStart) || subject.includes(words.overdue) !== overdue)
      wrong.push(`${reminder.idempotencyKey}: subject "${subject}"`);
    if (!text.includes(words.incident)) wrong.push(`${reminder.idempotencyKey}: body without "${words.incident}"`);
    if (!text.includes(words.obligation))
      wrong.push(`${reminder.idempotencyKey}: body without the ${reminder.regime} ${reminder.obligation} line`);
    for (const address of message.to) pairs.set(`${message.messageId} ${address}`, (pairs.get(`${message.messageId} ${address}`) ?? 0) + 1);
  }
  const expectedPairs = expected.flatMap((reminder) =>
    reminder.recipients.map((address) => `${messageIdFor(reminder.idempotencyKey, MAIL_FROM)} ${address}`),
  );
  return {
    expectedPairs: expectedPairs.length,
    deliveredPairs: [...pairs.values()].reduce((total, count) => total + count, 0),
    duplicates: [...pairs.values()].reduce((total, count) => total + Math.max(0, count - 1), 0),
    lost: expectedPairs.filter((pair) => !pairs.has(pair)),
    unexpected,
    wrong,
  };
}

/*
 * On both databases. On SQLite the two processes share one file: every transaction begins as the writer
 * and waits its turn (lib/db/sqlite-adapter.ts). Before that, a deferred transaction that read before
 * writing failed at once with "database busy" whenever the other process had committed meanwhile, and the
 * worker backed off as if the database were down: delivery took 15 to 45 s, so this ran on PostgreSQL only.
 * Who queues does not matter (see below), and both still send.
 */
describe("reminders due on ~1,000 deadlines, two worker processes, one database, a real SMTP server", () => {
  beforeAll(async () => {
    ctx = await createTestContext();
  });
  afterAll(async () => ctx.close());

  it("delivers every due reminder exactly once to each of its recipients, and nothing else", async () => {
    const started = performance.now();
    const now = new Date(Math.floor(Date.now() / 1000) * 1000);
    const seeded = await seedDueReminders(ctx, now, ROUNDS);
    const expected = seeded.reminders.filter((reminder) => reminder.recipients.length > 0);
    const nobodyToRemind = seeded.reminders.length - expected.length;
    expect(expected.length).toBeGreaterThanOrEqual(1_000);
    expect(nobodyToRemind).toBeGreaterThan(0);
    const seededAt = performance.now();

    const sink = await startCommunicationSmtpSink({ failureRate: 0.03 });
    const output = new Map<string, string[]>();
    const workers: ChildProcess[] = [];
    let settled = false;
    let settledAt = 0;
    try {
      workers.push(
        ...(await Promise.all(
          INSTANCES.map((id) => startWorkerInstance({ databaseUrl: ctx.url, smtpUrl: sink.url, mailFrom: MAIL_FROM }, id, output)),
        )),
      );
      for (const worker of workers) worker.send("go");
      settled = await waitFor(
        async () =>
          sink.acceptedCount() >= expected.length && (await ctx.db.outboxMessage.count({ where: { status: { not: "sent" } } })) === 0,
        75_000, // ~20 s on this 2-core machine; generous, since other test runs may share it
      );
      settledAt = performance.now();
      // A few more passes of both loops after everything went out: they must find nothing more to queue.
      await new Promise((resolve) => setTimeout(resolve, 1_500));
    } finally {
      for (const worker of workers) worker.kill("SIGTERM");
      await Promise.all(workers.map(exited));
      await sink.close();
    }

    const result = compare(sink, expected);
    const instances = INSTANCES.map((id) => ({ id, ...tally(output.get(id) ?? []) }));
    console.log(
      `reminder delivery (${ctx.provider}): ${seeded.incidents} incidents, ${expected.length} reminder ` +
        `e-mails (${nobodyToRemind} with nobody to remind), ` +
        (`${result.expectedPairs} deliveries expected, ${result.deliveredPairs} accepted, ${result.duplicates} ` +
          `duplicate(s), ${result.lost.length} lost, `) +
        (`${result.unexpected.length} unexpected; queued ` +
          `${instances.map((i) => `${i.id} ${i.queued}`).join(", ")}; sent ` +
          `${instances.map((i) => `${i.id} ${i.sent}`).join(", ")}; `) +
        `refusals ${JSON.stringify(sink.refusals)}; seeding ${((seededAt - started) / 1000).toFixed(1)} s, ` +
        `from starting the workers to the last delivery ${settled ? ((settledAt - seededAt) / 1000).toFixed(1) : "(not reached)"} s`,
    );
    if (!settled)
      console.log(
        [...output]
          .map(([id, lines]) =>
            lines
              .slice(-20)
              .map((line) => `[${id}] ${line}`)
              .join("\n"),
          )
          .join("\n"),
      );

    expect(result.unexpected).toEqual([]);
    expect(result.wrong).toEqual([]);
    expect(result.lost).toEqual([]);
    expect(result.duplicates).toBe(0);
    expect(result.deliveredPairs).toBe(result.expectedPairs);
    expect(sink.acceptedCount()).toBe(expected.length);
    expect(settled).toBe(true);

    // Both instances took part in sending, and between them queued each reminder once. Who queues does not
    // matter: a pass queues its reminders 500 to a transaction (REMINDER_BATCH), so the ~1,000 here take three
    // transactions, and the instance whose pass gets in first may well queue them all on either database.
    expect(instances.flatMap((instance) => instance.problems)).toEqual([]);
    expect(instances.reduce((total, instance) => total + instance.queued, 0)).toBe(expected.length);
    for (const instance of instances) expect(instance.sent, `${instance.id} sent`).toBeGreaterThan(0);
    // The server's refusals happened and were retried through the outbox.
    expect(sink.refusals.replied421 + sink.refusals.droppedAtRcpt + sink.refusals.droppedAfterData).toBeGreaterThan(5);

    // The outbox holds exactly the expected reminders, all sent; a third instance's pass finds them all queued.
    const rows = await ctx.db.outboxMessage.findMany({ select: { idempotencyKey: true, status: true } });
    expect(rows.map((row) => row.idempotencyKey).sort()).toEqual(expected.map((reminder) => reminder.idempotencyKey).sort());
    expect(rows.filter((row) => row.status !== "sent")).toEqual([]);
    const again = await scheduleDueReminders(ctx, new Date());
    expect(again).toMatchObject({
      due: seeded.reminders.length,
      enqueued: 0,
      alreadyQueued: expected.length,
      withoutRecipient: nobodyToRemind,
    });
  }, 120_000);
});
