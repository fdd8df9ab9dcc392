/**
 * Sending to many patients: from the DPO's click on "Send" (sendCommunication, as the server action calls it)
 * to "all queued" (one outbox message per person with an e-mail address, every recipient queued), for
 * 10,000 recipients on SQLite and, when a server is named, on PostgreSQL. Exits 1 if either takes longer
 * than the target (5 s) or if the outbox does not hold exactly one message per person.
 *
 *   npx tsx bench/communication-send.bench.ts [--n 10000] [--target-s 5] [--db sqlite|postgresql]
 *   TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/communication-send.bench.ts
 *
 * Delivery is not part of it (bench/communications.bench.ts measures the worker); the recipients come in
 * through the CSV import and the DPO approves before the clock starts.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { onEachDatabase, scratchDatabase } from "./support/scratch-database";
import { letterIncident } from "./support/bench-practice";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "10000" },
    "target-s": { type: "string", default: "5" },
    /** Only one database: sqlite or postgresql. */
    db: { type: "string" },
  },
});
const N = Number(values.n);
const TARGET_SECONDS = Number(values["target-s"]);

const scratch = mkdtempSync(path.join(tmpdir(), "bd-send-bench-"));
process.env.BREACHDESK_DATA_DIR = scratch; // a throw-away encryption key file
const { openDb } = await import("../lib/db/client");
const { applyMigrations } = await import("../lib/db/migrate");
const { readEnv } = await import("../lib/config/env");
const { ensureEncryptionKeys } = await import("../lib/server/crypto/ensure-keys");
const { approveCommunication } = await import("../lib/server/communications/approve-communication");
const { createCommunicationDraft } = await import("../lib/server/communications/create-communication-draft");
const { importRecipientsCsv } = await import("../lib/server/communications/import-recipients-csv");
const { sendCommunication } = await import("../lib/server/communications/send-communication");

function must<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`bench setup failed: ${JSON.stringify(result)}`);
  return result.value;
}

async function benchOne(kind: "sqlite" | "postgresql", serverUrl?: string): Promise<boolean> {
  const database = await scratchDatabase(scratch, "bd_bench_send", kind === "postgresql" ? serverUrl : null);
  try {
    await applyMigrations(database.url);
    const { db, provider } = await openDb(database.url);
    await ensureEncryptionKeys(db); // as `npm start` does on an empty database
    const ctx = { db, provider, env: readEnv({}), now: () => new Date() };
    const { dpo, incidentId } = await letterIncident(db, N);
    const communicationId = must(await createCommunicationDraft(ctx, dpo, { incidentId, language: "fr", channel: "email" })).communication
      .id;
    const csv = ["name;email", ...Array.from({ length: N }, (_, i) => `Patient ${i} Dvořák;patient.${i}@example.org`)].join("\r\n");
    const importStarted = performance.now();
    must(await importRecipientsCsv(ctx, dpo, { communicationId, csv }));
    const importSeconds = (performance.now() - importStarted) / 1000;
    const approveStarted = performance.now();
    must(await approveCommunication(ctx, dpo, { communicationId }));
    const approveSeconds = (performance.now() - approveStarted) / 1000;

    const started = performance.now();
    const sent = must(await sendCommunication(ctx, dpo, { communicationId }));
    const seconds = (performance.now() - started) / 1000;

    const messages = await db.outboxMessage.count({ where: { kind: "communication" } });
    const queued = await db.recipient.count({ where: { communicationId, status: "queued" } });
    const again = must(await sendCommunication(ctx, dpo, { communicationId }));
    const exact = sent.enqueued === N && messages === N && queued === N && again.enqueued === 0;
    const pass = exact && seconds <= TARGET_SECONDS;
    console.log(
      `communication send ${kind}: ${N} recipients; click -> all queued ${seconds.toFixed(2)} s ` +
        `(${(N / seconds).toFixed(0)} messages/s; target <= ${TARGET_SECONDS} s: ${seconds <= TARGET_SECONDS ? "met" : "MISSED"}); ` +
        `outbox ${messages}, queued ${queued}, second click ${again.enqueued} more; ` +
        `not timed: CSV import ${importSeconds.toFixed(2)} s, approval ${approveSeconds.toFixed(2)} s`,
    );
    if (!exact) console.error(`communication send ${kind}: not exactly one outbox message per recipient`);
    await db.$disconnect();
    return pass;
  } finally {
    await database.drop();
  }
}

const allPass = await onEachDatabase("communication send", values.db, benchOne);
rmSync(scratch, { recursive: true, force: true });
process.exit(allPass ? 0 : 1);
