/**
 * Outbox throughput: N e-mails through the outbox worker (claim under lease, decrypt, compose, send, journal
 * the acceptance, record) to an SMTP server on loopback, and in the same run the same N e-mails sent with
 * plain pooled nodemailer (its own composer), same pool size, same server. Prints both rates and their
 * ratio (target: outbox / raw >= 0.8). These are short ASCII texts, which the outbox composes itself
 * (lib/mail/plain-composer.ts, nodemailer's bytes); communications.bench.ts measures letters in French,
 * which go through nodemailer's composer.
 *
 *   npx tsx bench/outbox.bench.ts [--n 10000] [--slices 10]    # SQLite in a temporary folder
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/outbox.bench.ts
 *                                                             # PostgreSQL: a scratch database on that server
 *
 * The SMTP server runs in a child process, so its CPU time is not charged to either sender. The two senders
 * take turns in slices (N/slices messages each), so a busy machine slows both alike. The server counts what
 * it accepts by Message-ID: the run fails unless every message arrived exactly once.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { scratchDatabase } from "./support/scratch-database";
import { startSmtpSink } from "./support/smtp-sink-child";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "10000" },
    connections: { type: "string", default: "3" },
    batch: { type: "string", default: "500" }, // as in communications.bench.ts
    concurrency: { type: "string", default: "12" },
    slices: { type: "string", default: "10" },
    "record-ms": { type: "string", default: "100" },
  },
});
const N = Number(values.n);
const CONNECTIONS = Number(values.connections);
const SLICES = Math.max(1, Number(values.slices));
const MAIL_FROM = "Breachdesk <bench@practice.example>";

const scratch = mkdtempSync(path.join(tmpdir(), "bd-outbox-bench-"));
process.env.BREACHDESK_DATA_DIR = scratch; // a throw-away encryption key file
const { openDb } = await import("../lib/db/client");
const { applyMigrations } = await import("../lib/db/migrate");
const { enqueueEmail } = await import("../lib/mail/outbox");
const { createMailTransport, pooledNodemailer } = await import("../lib/mail/transport");
const { messageIdFor } = await import("../lib/mail/message-id");
const { OutboxWorker } = await import("../lib/mail/worker");
const { writeTransaction } = await import("../lib/server/transaction");
const { ensureEncryptionKeys } = await import("../lib/server/crypto/ensure-keys");

const email = (i: number) => ({
  to: `patient.${i}@example.org`,
  subject: `Notice about your data (${i})`,
  text: `Dear patient ${i},\n\nwe write to inform you about a personal data breach.\n`,
});

const database = await scratchDatabase(scratch, "bd_bench_outbox");
await applyMigrations(database.url);
const { db, provider } = await openDb(database.url);
await ensureEncryptionKeys(db); // as `npm start` does on an empty database: the key file in the scratch folder
const sink = await startSmtpSink(path.join(import.meta.dirname, "outbox-smtp-sink-process.ts"));
const smtpUrl = `smtp://127.0.0.1:${sink.port}`;

try {
  // Warm-up: connections, JIT, prepared statements, so neither side pays for starting cold.
  const warm = pooledNodemailer(smtpUrl, { maxConnections: CONNECTIONS });
  await Promise.all(Array.from({ length: 300 }, (_, i) => warm.sendMail({ from: MAIL_FROM, ...email(i), messageId: `<warm${i}@bench>` })));
  warm.close();
  await sink.ask("reset");

  const raw = pooledNodemailer(smtpUrl, { maxConnections: CONNECTIONS });
  const mailer = createMailTransport({ SMTP_URL: smtpUrl }, { maxConnections: CONNECTIONS, composeOffThread: true })!;
  const worker = new OutboxWorker({
    db,
    provider,
    mailer,
    mailFrom: MAIL_FROM,
    handlers: () => new Map(),
    batchSize: Number(values.batch),
    concurrency: Number(values.concurrency),
    maxPerSecond: Infinity,
    recordSentWithinMs: Number(values["record-ms"]),
    log: () => {},
  });

  // The two senders take turns, slice by slice, so that changes in the machine's load hit both alike.
  const sliceSize = Math.ceil(N / SLICES);
  let rawSeconds = 0;
  let outboxSeconds = 0;
  let enqueueSeconds = 0;
  let batches = 0;
  const sendRaw = async (from: number, to: number) => {
    const started = performance.now();
    // Plain pooled nodemailer: the whole slice handed to the pool at once; the pool queues it.
    await Promise.all(
      Array.from({ length: to - from }, (_, k) =>
        raw.sendMail({ from: MAIL_FROM, ...email(from + k), messageId: messageIdFor(`raw:${from + k}`, MAIL_FROM) }),
      ),
    );
    rawSeconds += (performance.now() - started) / 1000;
  };
  const sendThroughOutbox = async (from: number, to: number) => {
    // Enqueueing is not timed: it belongs to the transactions that cause mail, not to sending.
    let started = performance.now();
    for (let chunk = from; chunk < to; chunk += 500) {
      await writeTransaction(db, provider, async (tx) => {
        for (let i = chunk; i < Math.min(to, chunk + 500); i++)
          await enqueueEmail(tx, { idempotencyKey: `bench:${i}`, ...email(i), availableAt: new Date() });
      });
    }
    enqueueSeconds += (performance.now() - started) / 1000;
    started = performance.now();
    batches += (await worker.processDue()).length;
    outboxSeconds += (performance.now() - started) / 1000;
  };
  for (let slice = 0; slice < SLICES; slice++) {
    const from = slice * sliceSize;
    const to = Math.min(N, from + sliceSize);
    if (slice % 2 === 0) {
      await sendRaw(from, to);
      await sendThroughOutbox(from, to);
    } else {
      await sendThroughOutbox(from, to);
      await sendRaw(from, to);
    }
  }
  raw.close();
  mailer.close();
  const delivered = await sink.ask("count");
  const notSent = await db.outboxMessage.count({ where: { status: { not: "sent" } } });

  const rawRate = N / rawSeconds;
  const outboxRate = N / outboxSeconds;
  console.log(
    `outbox bench: ${N} e-mails each way, ${provider}, ${CONNECTIONS} SMTP connections, batch ` +
      `${values.batch}, concurrency ${values.concurrency}, sent records every ${values["record-ms"]} ms, ` +
      `${SLICES} alternating slices`,
  );
  console.log(`  raw nodemailer pool : ${rawRate.toFixed(0)} msg/s (${rawSeconds.toFixed(2)} s)`);
  console.log(
    `  outbox worker       : ${outboxRate.toFixed(0)} msg/s (${outboxSeconds.toFixed(2)} s in ${batches} batches; not sent ${notSent})`,
  );
  console.log(`  enqueue             : ${(N / enqueueSeconds).toFixed(0)} msg/s (${enqueueSeconds.toFixed(2)} s, not part of the ratio)`);
  console.log(
    `  server accepted     : ${delivered.accepted} (expected ${2 * N}), distinct Message-IDs ` +
      `${delivered.distinct}, duplicates ${delivered.duplicates}`,
  );
  console.log(`  ratio outbox / raw  : ${(outboxRate / rawRate).toFixed(2)} (target >= 0.80)`);
  if (delivered.accepted !== 2 * N || delivered.distinct !== 2 * N || notSent !== 0) {
    console.error("outbox bench: delivery was not exactly once");
    process.exitCode = 1;
  }
  if (outboxRate / rawRate < 0.8) {
    console.error("outbox bench: throughput target missed (outbox / raw < 0.80)");
    process.exitCode = 1;
  }
} finally {
  sink.child.send("exit");
  await db.$disconnect();
  await database.drop();
  rmSync(scratch, { recursive: true, force: true });
}
