/**
 * Communication throughput: N patients' e-mails through the full path (communication -> send -> outbox ->
 * worker -> "communication" handler -> SMTP on loopback), and in the same run the same N rendered messages
 * sent with plain pooled nodemailer (same pool size, same server). Prints both rates and the ratio
 * (target: full path / raw >= 0.8).
 *
 *   npx tsx bench/communications.bench.ts [--n 10000] [--concurrency 64] [--batch 500] [--record-ms 100]   # SQLite, temporary folder
 *   DATABASE_URL=postgresql://postgres@127.0.0.1:5432/test npx tsx bench/communications.bench.ts   # PostgreSQL scratch db
 *
 * The SMTP server runs in a child process. Raw sending runs before and after the full path and the two raw
 * rates are averaged, so a change in the machine's load during the run hits both sides alike.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { scratchDatabase } from "./support/scratch-database";
import { startSmtpSink } from "./support/smtp-sink-child";
import { letterIncident } from "./support/bench-practice";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "10000" },
    connections: { type: "string", default: "3" },
    batch: { type: "string", default: "500" },
    concurrency: { type: "string", default: "64" }, // 256 measured 0.76-0.79, 64 0.81-0.85 (fewer letters held at once)
    "record-ms": { type: "string" },
  },
});
const N = Number(values.n);
const CONNECTIONS = Number(values.connections);
const MAIL_FROM = "Cabinet Médical <dpo@practice.example>";

const scratch = mkdtempSync(path.join(tmpdir(), "bd-comm-bench-"));
process.env.BREACHDESK_DATA_DIR = scratch; // a throw-away encryption key file
const { openDb } = await import("../lib/db/client");
const { applyMigrations } = await import("../lib/db/migrate");
const { createMailTransport, pooledNodemailer } = await import("../lib/mail/transport");
const { messageIdFor } = await import("../lib/mail/message-id");
const { OutboxWorker } = await import("../lib/mail/worker");
const { readEnv } = await import("../lib/config/env");
const { ensureEncryptionKeys } = await import("../lib/server/crypto/ensure-keys");
const { approveCommunication } = await import("../lib/server/communications/approve-communication");
const { createCommunicationDraft } = await import("../lib/server/communications/create-communication-draft");
const { importRecipientsCsv } = await import("../lib/server/communications/import-recipients-csv");
const { sendCommunication } = await import("../lib/server/communications/send-communication");
const { getCommunicationStatus } = await import("../lib/server/communications/communication-status");
const { createCommunicationHandler } = await import("../lib/server/communications/outbox-handler");
const { readContent, renderForRecipient } = await import("../lib/server/communications/frozen-content");

function must<T>(result: { ok: true; value: T } | { ok: false }): T {
  if (!result.ok) throw new Error(`bench setup failed: ${JSON.stringify(result)}`);
  return result.value;
}

const database = await scratchDatabase(scratch, "bd_bench_comm");
await applyMigrations(database.url);
const { db, provider } = await openDb(database.url);
await ensureEncryptionKeys(db); // as `npm start` does on an empty database: the key file in the scratch folder
const ctx = { db, provider, env: readEnv({}), now: () => new Date() };
const sink = await startSmtpSink(path.join(import.meta.dirname, "communications-smtp-sink-process.ts"));
const smtpUrl = `smtp://127.0.0.1:${sink.port}`;

try {
  const { dpo, incidentId } = await letterIncident(db, N);
  const communicationId = must(await createCommunicationDraft(ctx, dpo, { incidentId, language: "fr", channel: "email" })).communication.id;
  const csv = ["name;email", ...Array.from({ length: N }, (_, i) => `Patient ${i} Dvořák;patient.${i}@example.org`)].join("\r\n");
  const importStarted = performance.now();
  must(await importRecipientsCsv(ctx, dpo, { communicationId, csv }));
  const importSeconds = (performance.now() - importStarted) / 1000;
  must(await approveCommunication(ctx, dpo, { communicationId }));

  // The same messages, rendered once for raw nodemailer (rendering is not part of what raw measures).
  const approved = readContent(await db.communication.findUniqueOrThrow({ where: { id: communicationId } }));
  if (approved.state !== "approved") throw new Error("not approved");
  const messages = Array.from({ length: N }, (_, i) => {
    const rendered = renderForRecipient(approved.input, "fr", `Patient ${i} Dvořák`);
    if (!rendered.ok) throw new Error("cannot render");
    return {
      from: MAIL_FROM,
      to: `patient.${i}@example.org`,
      subject: rendered.message.subject,
      text: rendered.message.text,
      html: rendered.message.html,
    };
  });

  const warm = pooledNodemailer(smtpUrl, { maxConnections: CONNECTIONS });
  await Promise.all(messages.slice(0, 300).map((message, i) => warm.sendMail({ ...message, messageId: `<warm${i}@bench>` })));
  warm.close();
  await sink.ask("reset");

  const sendRaw = async (round: number) => {
    const raw = pooledNodemailer(smtpUrl, { maxConnections: CONNECTIONS });
    const started = performance.now();
    await Promise.all(messages.map((message, i) => raw.sendMail({ ...message, messageId: messageIdFor(`raw:${round}:${i}`, MAIL_FROM) })));
    const seconds = (performance.now() - started) / 1000;
    raw.close();
    return seconds;
  };

  const rawBefore = await sendRaw(1);

  const enqueueStarted = performance.now();
  const sent = must(await sendCommunication(ctx, dpo, { communicationId }));
  const enqueueSeconds = (performance.now() - enqueueStarted) / 1000;
  const mailer = createMailTransport({ SMTP_URL: smtpUrl }, { maxConnections: CONNECTIONS, composeOffThread: true })!;
  const handler = createCommunicationHandler({ mailer, mailFrom: MAIL_FROM });
  const worker = new OutboxWorker({
    db,
    provider,
    handlers: () => new Map([["communication", handler]]),
    batchSize: Number(values.batch),
    ...(values["record-ms"] ? { recordSentWithinMs: Number(values["record-ms"]) } : {}),
    concurrency: Number(values.concurrency),
    maxPerSecond: Infinity,
    log: () => {},
  });
  const started = performance.now();
  const batches = (await worker.processDue()).length;
  const outboxSeconds = (performance.now() - started) / 1000;
  mailer.close();

  const rawAfter = await sendRaw(2);
  const delivered = await sink.ask("count");
  const status = must(await getCommunicationStatus(ctx, dpo, { communicationId }));

  const rawRate = (2 * N) / (rawBefore + rawAfter);
  const fullRate = N / outboxSeconds;
  console.log(
    `communications bench: ${N} patients, ${provider}, ${CONNECTIONS} SMTP connections, worker batch ` +
      `${values.batch}, concurrency ${values.concurrency}, record group ` +
      `${values["record-ms"] ?? "100 (default)"} ms`,
  );
  console.log(
    `  raw nodemailer pool   : ${rawRate.toFixed(0)} msg/s (before ${(N / rawBefore).toFixed(0)}, after ${(N / rawAfter).toFixed(0)})`,
  );
  console.log(`  full path (worker)    : ${fullRate.toFixed(0)} msg/s (${outboxSeconds.toFixed(2)} s in ${batches} batches)`);
  console.log(`  ratio full / raw      : ${(fullRate / rawRate).toFixed(2)} (target >= 0.80)`);
  console.log(
    `  not part of the ratio : CSV import ${(N / importSeconds).toFixed(0)} rows/s, send (enqueue) ` +
      `${(N / enqueueSeconds).toFixed(0)} msg/s (${enqueueSeconds.toFixed(2)} s, ${sent.enqueued} enqueued)`,
  );
  console.log(
    `  server accepted       : ${delivered.accepted} (expected ${3 * N}), distinct Message-IDs ` +
      `${delivered.distinct}, repeats ${delivered.repeats}; status ${status.status} ` +
      `${JSON.stringify(status.counts)}`,
  );
  if (delivered.accepted !== 3 * N || delivered.repeats !== 0 || status.counts.sent !== N) {
    console.error("communications bench: delivery was not exactly once");
    process.exitCode = 1;
  }
  if (fullRate / rawRate < 0.8) {
    console.error("communications bench: throughput target missed (full path / raw < 0.80)");
    process.exitCode = 1;
  }
} finally {
  sink.child.send("exit");
  await db.$disconnect();
  await database.drop();
  rmSync(scratch, { recursive: true, force: true });
}
