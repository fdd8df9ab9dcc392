/**
 * After the migrations, before serving: derived data that this code computes differently is rebuilt
 * (today the stored open deadlines, when the deadline rules changed).
 */
import { openDb } from "../lib/db/client";
import { ensureStoredDeadlines } from "../lib/server/deadlines/stored-deadlines";

export async function prepareStoredData(url: string): Promise<void> {
  const { db, provider } = await openDb(url);
  try {
    const result = await ensureStoredDeadlines(db, provider);
    if (result.rebuilt && result.incidents > 0) console.log(`Deadlines: recomputed for ${result.incidents} open incidents (the deadline rules changed)`);
  } finally {
    await db.$disconnect();
  }
}
