import { fork, type ChildProcess } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startCommunicationSmtpSink, type CommunicationSmtpSink } from "@/bench/communications-smtp-sink";
import { dataDirectory } from "@/lib/db/database-url";
import { readJournal } from "@/lib/mail/acceptance-journal";
import { messageIdFor } from "@/lib/mail/message-id";
import type { Actor } from "@/lib/server/actor";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { getCommunicationStatus, idempotencyKeyFor } from "@/lib/server/communications/communication-status";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * THE delivery guarantee, end to end: 1,000 patients, a real SMTP server on loopback that refuses or drops
 * about 5% of sessions, and a worker process interrupted in the middle of the run and replaced by a new one
 * on the same database and data folder. Two ways to interrupt it:
 *
 * Stopped (SIGTERM: `kill`, a restart, a deployment): the worker finishes the messages on the wire, records
 * them and gives back the rest. Every person gets exactly one message, with their own name in it.
 *
 * Killed (SIGKILL: a crash, the OOM killer): every person gets a message with their own name in it, and
 * nothing the killed worker knew was accepted goes out again.
 *
 * The kill lands between the server's "250 accepted" and the group commit of the records (every 100 ms)
 * for some messages: the worker's acceptance journal (lib/mail/acceptance-journal.ts), written at once on
 * each 250, is what the second worker replays before it claims anything, so none of them goes out twice.
 *
 * What no sender can know is a message whose DATA had gone out when the sender died but whose 250 it never
 * read: the server accepts it after the sender's death, or a moment before, and SMTP has no way to ask later.
 * Sending it again is the only way not to lose it (same Message-ID, for the receiving side). A pooled SMTP
 * connection carries one message at a time and the journal line follows its 250 at once, so there is at
 * most one such message per connection of the killed worker: the test requires exactly that, and that no
 * message in the killed worker's journal is ever sent again. (Before the journal: 9-19 repeats per run.)
 */
const PEOPLE = 1_000;
/** The worker process's SMTP pool (communication-worker-process.ts): each carries one message at a time. */
const WORKER_CONNECTIONS = 3;
const KILL_AFTER = 300;
const MAIL_FROM = "Cabinet Médical <dpo@practice-a.example>";
const WORKER_SCRIPT = path.join(import.meta.dirname, "support", "communication-worker-process.ts");

let ctx: TestContext;
let dpo: Actor;
let manager: Actor;

/*
 * The workers' own data folder: the keys of the shared one, and a journal folder no other test file's worker
 * reads. Test files share one data folder, and any worker replays (then removes) the journals of stopped workers
 * it finds there, whatever database they belong to: another file's worker must not take this one's.
 */
let workerDataDir = "";

beforeAll(async () => {
  ctx = await createTestContext();
  workerDataDir = mkdtempSync(path.join(tmpdir(), "bd-delivery-"));
  for (const file of ["keys.json", "auth-secret"]) {
    if (existsSync(path.join(dataDirectory(), file))) copyFileSync(path.join(dataDirectory(), file), path.join(workerDataDir, file));
  }
  const a = await practice(ctx, "practice-a");
  manager = await person(ctx, "manager", a.id, "manager");
  dpo = await person(ctx, "dpo", a.id, "dpo");
});
afterAll(async () => {
  await ctx.close();
  rmSync(workerDataDir, { recursive: true, force: true });
});

const nameOf = (i: number) => `Patient ${String(i).padStart(4, "0")} Dvořák-Nováková`;
const addressOf = (i: number) => `patient.${i}@example.org`;

function startWorker(sink: CommunicationSmtpSink, id: string, output: string[]): Promise<ChildProcess> {
  const child = fork(WORKER_SCRIPT, [], {
    execArgv: ["--import", "tsx"],
    cwd: path.resolve(import.meta.dirname, "..", ".."),
    env: { ...process.env, BREACHDESK_DATA_DIR: workerDataDir, DATABASE_URL: ctx.url, SMTP_URL: sink.url, MAIL_FROM, WORKER_ID: id },
    stdio: ["ignore", "pipe", "pipe", "ipc"],
  });
  child.stdout?.on("data", (chunk: Buffer) => output.push(`[${id}] ${chunk.toString()}`));
  child.stderr?.on("data", (chunk: Buffer) => output.push(`[${id}!] ${chunk.toString()}`));
  return new Promise((resolve, reject) => {
    child.once("message", () => resolve(child));
    child.once("exit", (code) => reject(new Error(`worker ${id} exited early (${code}):\n${output.join("")}`)));
  });
}

async function waitFor(condition: () => boolean | Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What a worker process's acceptance journal holds (its files carry its host and process id). */
function journaledBy(pid: number): Set<string> {
  const directory = path.join(workerDataDir, "outbox-journal");
  const prefix = `accepted~${hostname().replace(/[^A-Za-z0-9.-]/g, "-")}~${pid}~`;
  const files = readdirSync(directory).filter((name) => name.startsWith(prefix));
  return new Set(files.flatMap((name) => readJournal(path.join(directory, name)).entries.map((entry) => entry.key)));
}

const exited = (child: ChildProcess) =>
  new Promise<void>((resolve) => (child.exitCode !== null || child.signalCode !== null ? resolve() : child.once("exit", () => resolve())));

interface Delivery {
  communicationId: string;
  sink: CommunicationSmtpSink;
  output: string[];
  /** performance.now() when the first worker got its signal. */
  signalledAt: number;
  /** Idempotency keys the first worker had journaled as accepted when it was gone. */
  journaledByFirst: Set<string>;
  summary: string;
}

/**
 * 1,000 people, an approved e-mail communication sent, a first worker process interrupted with `signal` once
 * KILL_AFTER messages are accepted, then a second worker started on the same database and data folder and
 * left to finish. Each run has its own incident, so the two cases below do not see each other's messages.
 */
async function deliverInterrupted(signal: "SIGTERM" | "SIGKILL", reference: string): Promise<Delivery> {
  const a = await ctx.db.organization.findUniqueOrThrow({ where: { slug: "practice-a" } });
  const incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, reference);
  const communicationId = value(await createCommunicationDraft(ctx, manager, { incidentId, language: "en", channel: "email" }))
    .communication.id;
  const csv = ["name;email", ...Array.from({ length: PEOPLE }, (_, k) => `${nameOf(k + 1)};${addressOf(k + 1)}`)].join("\r\n");
  expect(value(await importRecipientsCsv(ctx, manager, { communicationId, csv })).added).toBe(PEOPLE);
  value(await approveCommunication(ctx, dpo, { communicationId }));
  expect(value(await sendCommunication(ctx, dpo, { communicationId })).enqueued).toBe(PEOPLE);

  const sink = await startCommunicationSmtpSink({ failureRate: 0.05 });
  const output: string[] = [];
  const started = performance.now();
  let acceptedAtSignal = 0;
  let signalledAfter = 0;
  let signalledAt = Infinity;
  let journaledByFirst = new Set<string>();
  try {
    const first = await startWorker(sink, `worker-1-${signal}`, output);
    await waitFor(() => sink.acceptedCount() >= KILL_AFTER, 45_000, `${KILL_AFTER} deliveries`);
    signalledAt = performance.now();
    first.kill(signal);
    await exited(first);
    acceptedAtSignal = sink.acceptedCount();
    signalledAfter = (performance.now() - started) / 1000;
    journaledByFirst = journaledBy(first.pid!);
    const second = await startWorker(sink, `worker-2-${signal}`, output);
    try {
      await waitFor(
        async () => value(await getCommunicationStatus(ctx, dpo, { communicationId })).status !== "sending",
        70_000,
        "the communication to finish",
      );
    } finally {
      second.kill("SIGTERM");
      await exited(second);
    }
  } catch (error) {
    console.log(output.join(""));
    await sink.close();
    throw error;
  }
  await sink.close();
  const replayed = /replayed journal \S+: (\d+) accepted message\(s\), (\d+) not yet recorded/.exec(output.join(""));
  const summary =
    `${acceptedAtSignal} accepted when worker-1 got ${signal} at ${signalledAfter.toFixed(1)} s, ` +
    `${journaledByFirst.size} in its journal, ` +
    (`${replayed ? `${replayed[2]} of them recorded from it` : "no journal replayed"}, refusals ` +
      `${JSON.stringify(sink.refusals)}, ${((performance.now() - started) / 1000).toFixed(1)} s`);
  return { communicationId, sink, output, signalledAt, journaledByFirst, summary };
}

/** Every person: at least one accepted message, never two different ones, always their own name and Message-ID. */
async function expectEveryoneTheirOwnMessage({ communicationId, sink }: Delivery) {
  const recipients = await ctx.db.recipient.findMany({
    where: { communicationId },
    select: { id: true, name: true, email: true, status: true, sentMessage: { select: { messageId: true } } },
  });
  const expectedByAddress = new Map(
    recipients.map((r) => [
      unseal(r.email!, at("recipient", "email", r.id)),
      {
        id: r.id,
        name: unseal(r.name, at("recipient", "name", r.id)),
        messageId: messageIdFor(idempotencyKeyFor(communicationId, r.id), MAIL_FROM),
        row: r,
      },
    ]),
  );
  const messageIdsByAddress = new Map<string, Set<string>>();
  const wrong: string[] = [];
  for (const message of sink.accepted) {
    expect(message.to).toHaveLength(1);
    const address = message.to[0]!;
    const expected = expectedByAddress.get(address);
    if (!expected) {
      wrong.push(`unknown address ${address}`);
      continue;
    }
    if (message.messageId !== expected.messageId) wrong.push(`${address}: Message-ID ${message.messageId}`);
    if (!message.body.includes(expected.name)) wrong.push(`${address}: body without "${expected.name}"`);
    const others =
      recipients.length > 1
        ? [...expectedByAddress.values()].find((other) => other.id !== expected.id && message.body.includes(`${other.name},`))
        : undefined;
    if (others) wrong.push(`${address}: body names ${others.name}`);
    messageIdsByAddress.set(address, (messageIdsByAddress.get(address) ?? new Set()).add(message.messageId));
  }
  expect(wrong).toEqual([]);
  expect(messageIdsByAddress.size).toBe(PEOPLE);
  expect([...messageIdsByAddress.values()].filter((ids) => ids.size !== 1)).toEqual([]);
  expect(sink.refusals.replied421 + sink.refusals.droppedAtRcpt + sink.refusals.droppedAfterData).toBeGreaterThan(10);

  // The database agrees: every person sent, with the Message-ID the server saw; nothing dead, nothing waiting.
  expect(recipients.filter((r) => r.status !== "sent")).toEqual([]);
  expect(
    recipients.filter(
      (r) => r.sentMessage?.messageId !== expectedByAddress.get(unseal(r.email!, at("recipient", "email", r.id)))!.messageId,
    ),
  ).toEqual([]);
  const status = value(await getCommunicationStatus(ctx, dpo, { communicationId }));
  expect(status).toMatchObject({ status: "sent", counts: { queued: 0, sent: PEOPLE, failed: 0 } });
  const keys = { startsWith: `communication:${communicationId}:` };
  expect(await ctx.db.outboxMessage.count({ where: { idempotencyKey: keys, status: { not: "sent" } } })).toBe(0);
  expect(await ctx.db.outboxMessage.count({ where: { idempotencyKey: keys, attempts: { gt: 0 } } })).toBeGreaterThan(0);
  const finished = await ctx.db.auditEntry.findMany({ where: { action: "communication.send.finished" }, select: { detail: true } });
  expect(finished.filter((entry) => entry.detail.includes(communicationId))).toHaveLength(1);
  return {
    keyOf: new Map([...expectedByAddress].map(([address, expected]) => [address, idempotencyKeyFor(communicationId, expected.id)])),
  };
}

const copiesPerAddress = (sink: CommunicationSmtpSink) => {
  const copies = new Map<string, Array<{ messageId: string; acceptedAt: number }>>();
  for (const message of sink.accepted) copies.set(message.to[0]!, [...(copies.get(message.to[0]!) ?? []), message]);
  return copies;
};

describe("sending a communication to 1,000 people through an unreliable server, interrupted once", () => {
  it("gives every person exactly one message, with their own name, when the sender is stopped (SIGTERM) and restarted", async () => {
    const delivery = await deliverInterrupted("SIGTERM", "BD-2026-0042");
    await expectEveryoneTheirOwnMessage(delivery);
    const repeated = [...copiesPerAddress(delivery.sink)].filter(([, copies]) => copies.length > 1).map(([address]) => address);
    console.log(
      `communication delivery, stopped (${ctx.provider}): ${PEOPLE} people, ${delivery.sink.acceptedCount()} ` +
        `accepted, ${repeated.length} repeated, ${delivery.summary}`,
    );
    // A stopped worker finishes what it has on the wire and records it: nothing is left in doubt, nothing repeats.
    expect(repeated).toEqual([]);
    expect(delivery.sink.acceptedCount()).toBe(PEOPLE);
    expect(delivery.output.join("")).not.toMatch(/replayed journal/);
  }, 120_000);

  it("gives every person their own message after a SIGKILL mid-run, never resending one the killed worker knew was accepted", async () => {
    const delivery = await deliverInterrupted("SIGKILL", "BD-2026-0043");
    const { keyOf } = await expectEveryoneTheirOwnMessage(delivery);
    const { sink, signalledAt, journaledByFirst } = delivery;

    // Exactly once, except what was in flight on the killed worker's connections (see the top of the file).
    const repeated = [...copiesPerAddress(sink)].filter(([, copies]) => copies.length > 1);
    const repeats = [...sink.byMessageId.values()].reduce((sum, count) => sum + (count - 1), 0);
    const afterTheKill = repeated.filter(([, copies]) => copies[0]!.acceptedAt > signalledAt).length;
    console.log(
      `communication delivery, killed (${ctx.provider}): ${PEOPLE} people, ${sink.acceptedCount()} accepted, ${repeats} repeated ` +
        `(in flight at the kill; ${afterTheKill} of them accepted by the server after it), ${delivery.summary}`,
    );
    expect(repeated.filter(([, copies]) => copies.length !== 2).map(([address]) => address)).toEqual([]);
    expect(
      repeated
        .filter(([address]) => journaledByFirst.has(keyOf.get(address)!))
        .map(([address]) => `${address} was journaled, then sent again`),
    ).toEqual([]);
    expect(repeats).toBeLessThanOrEqual(WORKER_CONNECTIONS);
    expect(sink.acceptedCount()).toBe(PEOPLE + repeats);
  }, 120_000);
});
