/**
 * After the migrations, before serving: derived data that this code computes differently is rebuilt
 * (today the stored open deadlines, when the deadline rules changed), stored values are brought to the
 * current encryption format, expired packets are deleted, and SQLite's planner gets its statistics.
 */
import { readEnv } from "../lib/config/env";
import { openDb } from "../lib/db/client";
import { refreshPlannerStatistics } from "../lib/db/planner-statistics";
import { upgradeSealedValues } from "../lib/server/crypto/upgrade-sealed-values";
import { ensureStoredDeadlines } from "../lib/server/deadlines/stored-deadlines";
import { PACKET_LIFETIME_MS, sweepExpiredPackets } from "../lib/server/packet/packet-store";
import { blobStore } from "../lib/server/storage/blob-store";

export async function prepareStoredData(url: string): Promise<void> {
  const { db, provider } = await openDb(url);
  try {
    const result = await ensureStoredDeadlines(db, provider);
    if (result.rebuilt && result.incidents > 0)
      console.log(`Deadlines: recomputed for ${result.incidents} open incidents (the deadline rules changed)`);
    const upgrade = await upgradeSealedValues({ db, provider, env: readEnv(), now: () => new Date() });
    if (upgrade.values + upgrade.files > 0)
      console.log(`Encryption: ${upgrade.values} stored values and ${upgrade.files} attachment files brought to the current format`);
    if (upgrade.unfinished > 0)
      console.log(`Encryption: ${upgrade.unfinished} rows changed meanwhile or files missing; the next start tries again`);
    const expired = await sweepExpiredPackets(new Date(), PACKET_LIFETIME_MS, blobStore({ db, provider }));
    if (expired.length > 0) console.log(`Packets: deleted ${expired.length} exported more than a day ago`);
    await refreshPlannerStatistics(db, provider);
  } finally {
    await db.$disconnect();
  }
}
