/**
 * Runs scheduleDueReminders every minute beside an outbox worker (in-process or `npm run worker`). Every
 * instance may run it: the outbox's idempotency keys make the runs agree, so nothing is queued twice. The same
 * loop keeps house: expired packets, abandoned export jobs, and hourly the register's verdicts on incidents not
 * judged yet (after an upgrade, or a change) and SQLite's planner statistics.
 */
import type { Db } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";
import type { AppEnv } from "@/lib/config/env";
import { PLANNER_STATISTICS_EVERY_MS, refreshPlannerStatistics } from "@/lib/db/planner-statistics";
import { errorText } from "@/lib/mail/run-handler";
import { ensureStoredDeadlines } from "@/lib/server/deadlines/stored-deadlines";
import { failAbandonedPacketJobs } from "@/lib/server/packet/export-jobs";
import { PACKET_LIFETIME_MS, sweepExpiredPackets } from "@/lib/server/packet/packet-store";
import { blobStore } from "@/lib/server/storage/blob-store";
import { ensureRegisterJudgements, ON_THE_REGISTER } from "@/lib/server/register/register-judgements";
import { scheduleDueReminders } from "./schedule-due-reminders";

export const REMINDER_EVERY_MS = 60_000;

export function startReminderLoop(options: {
  db: Db;
  provider: DatabaseProvider;
  env: AppEnv;
  log?: (line: string) => void;
  everyMs?: number;
}): () => void {
  const log = options.log ?? ((line: string) => console.log(line));
  const ctx = { db: options.db, provider: options.provider, env: options.env, now: () => new Date() };
  let running = false;
  let prepared = false;
  let statisticsAt = Number.NEGATIVE_INFINITY;
  const run = async () => {
    if (running) return; // a slow run is never overlapped by the next tick
    running = true;
    try {
      // Deployments that start the server without `npm start` still get deadlines computed by this code's rules.
      if (!prepared) {
        await ensureStoredDeadlines(options.db, options.provider);
        prepared = true;
      }
      const report = await scheduleDueReminders(ctx, ctx.now());
      if (report.enqueued > 0 || report.withoutRecipient > 0) {
        log(`reminders: queued ${report.enqueued}, already queued ${report.alreadyQueued}, without recipient ${report.withoutRecipient}`);
      }
      const expired = await sweepExpiredPackets(new Date(), PACKET_LIFETIME_MS, blobStore(ctx));
      await failAbandonedPacketJobs(ctx);
      if (expired.length > 0) log(`packets: deleted ${expired.length} exported more than a day ago`);
      if (Date.now() - statisticsAt >= PLANNER_STATISTICS_EVERY_MS) {
        statisticsAt = Date.now();
        await ensureRegisterJudgements(options.db, options.provider, ON_THE_REGISTER, { pauseMs: 20 });
        await refreshPlannerStatistics(options.db, options.provider);
      }
    } catch (error) {
      // errorText, not the message's first line: Prisma's messages start with a line break, which left "()".
      log(`reminders: run failed (${errorText(error)}); trying again next minute`);
    } finally {
      running = false;
    }
  };
  void run();
  const timer = setInterval(() => void run(), options.everyMs ?? REMINDER_EVERY_MS);
  timer.unref(); // never keeps a process alive on its own
  return () => clearInterval(timer);
}
