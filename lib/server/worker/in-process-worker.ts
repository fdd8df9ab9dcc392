import { readEnv } from "@/lib/config/env";
import { closeDb, getDb } from "@/lib/db/client";
import { startReminderLoop } from "@/lib/server/reminders/reminder-loop";
import { createMailTransport } from "@/lib/mail/transport";
import { OutboxWorker } from "@/lib/mail/worker";
import { registerOutboxHandlers } from "./register-outbox-handlers";

// One worker per server process, also across development hot reloads.
const globalForWorker = globalThis as unknown as { breachdeskInProcessWorker?: Promise<OutboxWorker | null> };

/**
 * Starts the outbox worker inside the Next.js server (the embedded default of docs/ARCHITECTURE.md rule 7).
 * Returns at once: the server must not wait for, or fail because of, the database. If the database cannot
 * be opened, it logs and tries again with a growing pause; once running, the worker itself rides out outages.
 */
export function startInProcessWorker(log: (line: string) => void = (line) => console.log(line)): void {
  globalForWorker.breachdeskInProcessWorker ??= startWhenReady(log);
}

async function startWhenReady(log: (line: string) => void): Promise<OutboxWorker | null> {
  let env;
  try {
    env = readEnv();
  } catch (error) {
    // A wrong setting will not fix itself while the server runs; the rest of the app reports it too.
    log(`outbox: worker not started: ${error instanceof Error ? error.message : String(error)}`);
    return null;
  }
  registerOutboxHandlers();
  for (let attempt = 1; ; attempt++) {
    try {
      const { db, provider } = await getDb();
      const worker = new OutboxWorker({
        db,
        provider,
        mailer: createMailTransport(env, { composeOffThread: true }),
        mailFrom: env.MAIL_FROM,
        log,
      });
      worker.start();
      startReminderLoop({ db, provider, env, log }); // queues due deadline reminders every minute
      log(`outbox: in-process worker ${worker.id} started${env.SMTP_URL ? "" : " (SMTP_URL not set: e-mail waits in the outbox)"}`);
      stopOnShutdown(worker);
      return worker;
    } catch (error) {
      const delay = Math.min(60_000, 1_000 * 2 ** attempt);
      log(`outbox: database not ready (${error instanceof Error ? error.message : String(error)}); trying again in ${delay / 1000} s`);
      await closeDb().catch(() => undefined); // forget the failed client so the next attempt opens a new one
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
}

/**
 * Best effort: Next.js exits on SIGTERM/SIGINT after closing its server, so the worker gets that long to finish
 * what is in flight. Whatever it cannot finish keeps its lease until it expires and is then tried again.
 * A listener is added only beside an existing one, so it never keeps a process alive that would have exited.
 */
function stopOnShutdown(worker: OutboxWorker): void {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    if (process.listenerCount(signal) > 0) process.once(signal, () => void worker.stop());
  }
}
