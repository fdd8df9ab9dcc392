import type { Db } from "./client";
import type { DatabaseProvider } from "./database-url";

/**
 * SQLite chooses an index from statistics that only ANALYZE gathers, and gathers none by itself. Without them,
 * a search across a DPO's 50 practices read all 100,000 of their incidents through the practice index and sorted
 * them (420 ms) where walking the newest-first index and stopping at the 5,001st takes 60 ms. With a sample of
 * each index (`analysis_limit`), ANALYZE costs milliseconds however large the file; it runs at start and then
 * hourly beside the reminders (lib/server/reminders/reminder-loop.ts), so the figures follow a growing register.
 * PostgreSQL's autovacuum keeps its own statistics. True when statistics were gathered.
 */
const SAMPLED_ROWS_PER_INDEX = 1000;

export const PLANNER_STATISTICS_EVERY_MS = 60 * 60_000;

export async function refreshPlannerStatistics(db: Db, provider: DatabaseProvider): Promise<boolean> {
  if (provider !== "sqlite") return false;
  await db.$queryRawUnsafe(`PRAGMA analysis_limit = ${SAMPLED_ROWS_PER_INDEX}`);
  await db.$executeRawUnsafe("ANALYZE");
  return true;
}
