/**
 * One worker instance as its own process, as `npm run worker` (lib/server/worker/worker-main.ts) runs it: an outbox
 * worker sending the "email" kind through SMTP_URL, and the reminder loop beside it. For the tests that
 * run two of these on one database (worker-instances.ts).
 *
 * Reads DATABASE_URL, SMTP_URL, MAIL_FROM, WORKER_ID, REMINDER_EVERY_MS and BREACHDESK_DATA_DIR (the
 * encryption key) from the environment. Opens its database and SMTP pool, says "ready" over IPC, and starts
 * only on "go", so the parent can start both instances' first reminder passes at the same moment. Every log
 * line goes to stdout with a prefix the test reads: "reminders: ..." from the loop, "outbox: ..." per batch.
 * Shorter leases, polls and retry delays than production, so the test sees everything within seconds.
 */
import { readEnv } from "@/lib/config/env";
import { openDb } from "@/lib/db/client";
import { createMailTransport } from "@/lib/mail/transport";
import { OutboxWorker } from "@/lib/mail/worker";
import { startReminderLoop } from "@/lib/server/reminders/reminder-loop";

const url = process.env.DATABASE_URL;
const smtpUrl = process.env.SMTP_URL;
if (!url || !smtpUrl) throw new Error("DATABASE_URL and SMTP_URL are required");
const env = readEnv({ APP_URL: "https://breachdesk.test", SMTP_URL: smtpUrl, MAIL_FROM: process.env.MAIL_FROM });

const { db, provider } = await openDb(url);
const mailer = createMailTransport(env, { maxConnections: 3 })!;
const log = (line: string) => console.log(line);
const worker = new OutboxWorker({
  db,
  provider,
  mailer,
  mailFrom: env.MAIL_FROM,
  // Only the built-in "email" kind, which the reminders use.
  handlers: () => new Map(),
  batchSize: 50,
  concurrency: 6,
  maxPerSecond: Infinity,
  leaseMs: 30_000,
  idlePollMs: 100,
  retry: { baseDelayMs: 50, maxDelayMs: 400, maxAttempts: 30 },
  workerId: process.env.WORKER_ID,
  log,
});

let stopReminders = () => {};
process.once("message", () => {
  worker.start();
  stopReminders = startReminderLoop({ db, provider, env, log, everyMs: Number(process.env.REMINDER_EVERY_MS ?? 500) });
});
process.on("SIGTERM", () => {
  stopReminders();
  void worker.stop().then(async () => {
    mailer.close();
    await db.$disconnect();
    process.exit(0);
  });
});
process.send?.("ready");
