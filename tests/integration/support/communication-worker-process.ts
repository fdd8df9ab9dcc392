/**
 * An outbox worker for the "communication" kind as its own process, for the delivery test that kills it
 * with SIGKILL mid-run. Reads DATABASE_URL, SMTP_URL, MAIL_FROM and BREACHDESK_DATA_DIR (the encryption key)
 * from the environment; short leases and retry delays so the test sees recovery within seconds.
 */
import { openDb } from "@/lib/db/client";
import { createMailTransport } from "@/lib/mail/transport";
import { OutboxWorker } from "@/lib/mail/worker";
import { createCommunicationHandler } from "@/lib/server/communications/outbox-handler";

const url = process.env.DATABASE_URL;
const smtpUrl = process.env.SMTP_URL;
const mailFrom = process.env.MAIL_FROM ?? "Breachdesk <breachdesk@localhost>";
if (!url || !smtpUrl) throw new Error("DATABASE_URL and SMTP_URL are required");

const { db, provider } = await openDb(url);
const mailer = createMailTransport({ SMTP_URL: smtpUrl }, { maxConnections: 3, composeOffThread: true })!;
const maxAttempts = 30;
const handler = createCommunicationHandler({ mailer, mailFrom, maxAttempts });
const worker = new OutboxWorker({
  db,
  provider,
  handlers: () => new Map([["communication", handler]]),
  batchSize: 50,
  concurrency: 24,
  maxPerSecond: Infinity,
  leaseMs: Number(process.env.WORKER_LEASE_MS ?? 4_000),
  idlePollMs: 100,
  // RECORD_GROUP_MS (default 100 ms): the group commit; the acceptance journal covers it against the kill.
  ...(process.env.RECORD_GROUP_MS ? { recordSentWithinMs: Number(process.env.RECORD_GROUP_MS) } : {}),
  retry: { baseDelayMs: 50, maxDelayMs: 400, maxAttempts },
  workerId: process.env.WORKER_ID,
  log: (line) => {
    if (!line.startsWith("outbox: claimed")) console.log(line);
  },
});
worker.start();
process.send?.("started");
process.on("SIGTERM", () => {
  void worker.stop().then(async () => {
    mailer.close();
    await db.$disconnect();
    process.exit(0);
  });
});
