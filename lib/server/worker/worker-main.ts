/**
 * `npm run worker`: the outbox worker as its own process, for deployments that turn the in-process worker off
 * (BREACHDESK_INPROCESS_WORKER=0) or want more senders. Runs until SIGTERM or SIGINT, then finishes the
 * messages in flight and gives back the rest before exiting. Logs one line per batch.
 */
import { readEnv } from "@/lib/config/env";
import { closeDb, getDb } from "@/lib/db/client";
import { startReminderLoop } from "@/lib/server/reminders/reminder-loop";
import { checkBeforeStart, orExit } from "@/lib/server/start-up-check";
import { createMailTransport } from "@/lib/mail/transport";
import { OutboxWorker } from "@/lib/mail/worker";
import { registerOutboxHandlers } from "./register-outbox-handlers";

const env = readEnv();
const { db, provider } = await getDb();
await orExit(checkBeforeStart(db));
registerOutboxHandlers();
const mailer = createMailTransport(env, { composeOffThread: true });
const worker = new OutboxWorker({ db, provider, mailer, mailFrom: env.MAIL_FROM });

console.log(`outbox worker ${worker.id}: started on ${provider}; kinds: ${[...worker.handlers().keys()].join(", ") || "none"}`);
if (!mailer) console.log("outbox worker: SMTP_URL is not set, so e-mail waits in the outbox; restart the worker once it is set");
worker.start();
const stopReminders = startReminderLoop({ db, provider, env }); // queues due deadline reminders every minute

let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    stopReminders();
    console.log(`outbox worker: ${signal}, finishing the messages in flight`);
    void worker
      .stop()
      .then(async () => {
        mailer?.close();
        await closeDb();
        console.log("outbox worker: stopped");
        process.exit(0);
      })
      .catch((error: unknown) => {
        console.error("outbox worker: could not stop cleanly", error);
        process.exit(1);
      });
  });
}
