import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { JournalEntry } from "@/lib/mail/acceptance-journal";
import { enqueueEmail } from "@/lib/mail/outbox";
import type { MailSender, OutgoingEmail } from "@/lib/mail/transport";
import { OutboxWorker, type OutboxWorkerOptions } from "@/lib/mail/worker";
import type { Actor } from "@/lib/server/actor";
import { at, unseal } from "@/lib/server/crypto/sealed-text";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { createCommunicationHandler } from "@/lib/server/communications/outbox-handler";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { writeTransaction } from "@/lib/server/transaction";
import { incidentIn, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, type TestContext } from "./support/test-context";

/*
 * The acceptance journal against a real database: what a killed worker's journal says the SMTP server
 * accepted is recorded before anyone claims again, whatever state the rows are in by then, and a live
 * worker journals each acceptance before its group commit.
 */
let ctx: TestContext;
let journalDir: string;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => ctx.close());
beforeEach(async () => {
  await ctx.db.outboxMessage.deleteMany({});
  ctx.clock.now = new Date("2026-03-27T22:30:00Z");
  journalDir = mkdtempSync(path.join(tmpdir(), "bd-journal-it-"));
});

const MAIL_FROM = "Breachdesk <outbox@practice.example>";

function recordingSender(gate?: (mail: OutgoingEmail) => Promise<void>): MailSender & { sent: OutgoingEmail[] } {
  const sent: OutgoingEmail[] = [];
  return {
    sent,
    async sendMail(mail) {
      await gate?.(mail);
      sent.push(mail);
      return {};
    },
    close() {},
  };
}

const worker = (options: Partial<OutboxWorkerOptions>) =>
  new OutboxWorker({
    db: ctx.db,
    provider: ctx.provider,
    now: ctx.now,
    mailFrom: MAIL_FROM,
    handlers: () => new Map(),
    maxPerSecond: Infinity,
    log: () => {},
    journalDirectory: journalDir,
    ...options,
  });

const queueEmail = (key: string) =>
  writeTransaction(ctx.db, ctx.provider, (tx) =>
    enqueueEmail(tx, {
      idempotencyKey: key,
      to: `${key}@example.org`,
      subject: `Notice ${key}`,
      text: "Your data was involved in a breach.",
      availableAt: ctx.now(),
    }),
  );

/** A journal left by a process that no longer runs: this process's id on a file it never opened (as after a restart). */
function deadWorkersJournal(lines: string[]): string {
  const file = path.join(journalDir, `accepted~${hostname().replace(/[^A-Za-z0-9.-]/g, "-")}~${process.pid}~dead01~1.jsonl`);
  writeFileSync(file, lines.join(""));
  return file;
}
const line = (entry: JournalEntry) => `${JSON.stringify(entry)}\n`;

describe("replaying the journal of a worker that was killed", () => {
  it("records what it says was accepted before claiming, whatever became of the rows, and sends only the rest", async () => {
    for (const key of ["one", "two", "three", "four"]) await queueEmail(key);
    const dead = worker({ mailer: recordingSender(), workerId: "dead", leaseMs: 60_000 });
    const claimed = await dead.claimBatch();
    expect(claimed).toHaveLength(4);
    const byKey = new Map(claimed.map((message) => [message.idempotencyKey, message]));
    const accepted = (key: string, second: number): JournalEntry => ({
      id: byKey.get(key)!.id,
      key,
      kind: "email",
      at: new Date(Date.UTC(2026, 2, 27, 22, 29, second)).toISOString(),
    });
    // "two" was recovered and waits for a retry; "three" was recorded by the dead worker's last group commit.
    await ctx.db.outboxMessage.update({
      where: { id: byKey.get("two")!.id },
      data: { status: "failed", leaseOwner: null, leaseExpiresAt: null, attempts: 1 },
    });
    const recordedBefore = new Date("2026-03-27T22:29:30Z");
    await ctx.db.outboxMessage.update({
      where: { id: byKey.get("three")!.id },
      data: { status: "sent", sentAt: recordedBefore, leaseOwner: null, leaseExpiresAt: null },
    });
    const file = deadWorkersJournal([
      line(accepted("one", 1)),
      line(accepted("two", 2)),
      line(accepted("three", 3)),
      // A line from another database (same shape, no such row here) and the dead worker's torn last write ("four").
      line({ id: "cm-other-database", key: "one", kind: "email", at: "2026-03-27T22:29:04.000Z" }),
      line(accepted("four", 5)).slice(0, 30),
    ]);

    const sender = recordingSender();
    const next = worker({ mailer: sender, workerId: "next", leaseMs: 60_000 });
    expect(await next.claimBatch()).toEqual([]); // "four" is still under the dead worker's lease
    const rows = new Map((await ctx.db.outboxMessage.findMany()).map((row) => [row.idempotencyKey, row]));
    expect(rows.get("one")).toMatchObject({ status: "sent", leaseOwner: null, sentAt: new Date("2026-03-27T22:29:01Z") });
    expect(rows.get("two")).toMatchObject({ status: "sent", attempts: 1, sentAt: new Date("2026-03-27T22:29:02Z") });
    expect(rows.get("three")).toMatchObject({ status: "sent", sentAt: recordedBefore });
    expect(rows.get("four")).toMatchObject({ status: "processing", leaseOwner: "dead#1" });
    expect(existsSync(file)).toBe(false);

    // Once the lease expires, only the message the journal could not vouch for goes out again.
    ctx.clock.now = new Date(ctx.clock.now.getTime() + 61_000);
    expect(await next.processBatch()).toMatchObject({ claimed: 1, sent: 1 });
    expect(sender.sent.map((mail) => mail.to)).toEqual(["four@example.org"]);
  });

  it("journals each acceptance before the group commit records it, then empties the journal", async () => {
    for (const key of ["first", "second"]) await queueEmail(key);
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const sender = recordingSender((mail) => (mail.to === "second@example.org" ? held : Promise.resolve()));
    const w = worker({ mailer: sender, concurrency: 1, recordSentWithinMs: 60_000 });
    const running = w.processBatch();
    await expect.poll(() => sender.sent.length).toBe(1);
    const [file] = readdirSync(journalDir).map((name) => path.join(journalDir, name));
    const journaled = readFileSync(file!, "utf8")
      .trim()
      .split("\n")
      .map((text) => JSON.parse(text) as JournalEntry);
    expect(journaled.map((entry) => entry.key)).toEqual(["first"]);
    // The database does not know yet: a SIGKILL now would leave only the journal to tell.
    expect(await ctx.db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: "first" } })).toMatchObject({ status: "processing" });
    release();
    expect(await running).toMatchObject({ sent: 2 });
    expect(await ctx.db.outboxMessage.count({ where: { status: "sent" } })).toBe(2);
    expect(readFileSync(file!, "utf8")).toBe("");
  });
});

describe("replaying the journal of a communication", () => {
  let dpo: Actor;
  let incidentId: string;
  beforeAll(async () => {
    const a = await practice(ctx, "practice-journal");
    const manager = await person(ctx, "journal-manager", a.id, "manager");
    dpo = await person(ctx, "journal-dpo", a.id, "dpo");
    incidentId = await incidentIn(ctx, a.id, (manager as { userId: string }).userId, "BD-2026-0077");
  });

  it("writes each person's record once, even when the same journal is replayed twice, and closes the communication", async () => {
    const communicationId = value(await createCommunicationDraft(ctx, dpo, { incidentId, language: "en", channel: "email" })).communication
      .id;
    value(
      await importRecipientsCsv(ctx, dpo, { communicationId, csv: "name,email\nAnna Bell,anna@example.org\nBen Carr,ben@example.org\n" }),
    );
    value(await approveCommunication(ctx, dpo, { communicationId }));
    value(await sendCommunication(ctx, dpo, { communicationId }));

    // The first worker sends both and is "killed" before its group commit: keep its journal lines, drop the records.
    const firstSender = recordingSender();
    const handler = createCommunicationHandler({ mailer: firstSender, mailFrom: MAIL_FROM });
    const first = worker({
      handlers: () => new Map([["communication", handler]]),
      workerId: "first",
      journalDirectory: mkdtempSync(path.join(tmpdir(), "bd-journal-first-")),
    });
    const claimed = await first.claimBatch();
    const lines: string[] = [];
    for (const message of claimed) {
      const outcome = await handler(
        {
          id: message.id,
          kind: message.kind,
          idempotencyKey: message.idempotencyKey,
          payload: JSON.parse(unseal(message.sealedPayload, at("outboxMessage", "payload", message.id))),
          attempts: 0,
          organizationId: message.organizationId,
          incidentId: message.incidentId,
        },
        { db: ctx.db, provider: ctx.provider, now: ctx.now },
      );
      expect(outcome.status).toBe("done");
      lines.push(
        line({
          id: message.id,
          key: message.idempotencyKey,
          kind: "communication",
          at: ctx.now().toISOString(),
          record: (outcome as { record: unknown }).record,
        }),
      );
    }
    expect(firstSender.sent).toHaveLength(2);

    const secondSender = recordingSender();
    const second = worker({
      handlers: () => new Map([["communication", createCommunicationHandler({ mailer: secondSender, mailFrom: MAIL_FROM })]]),
      workerId: "second",
    });
    deadWorkersJournal(lines);
    expect(await second.processBatch()).toMatchObject({ claimed: 0 });
    deadWorkersJournal(lines); // the same lines again (a replay interrupted before it deleted the file)
    expect(await second.processBatch()).toMatchObject({ claimed: 0 });

    expect(secondSender.sent).toEqual([]);
    const people = await ctx.db.recipient.findMany({ where: { communicationId }, include: { sentMessage: true } });
    expect(people.map((p) => p.status)).toEqual(["sent", "sent"]);
    expect(await ctx.db.sentMessage.count({ where: { communicationId } })).toBe(2);
    for (const p of people) {
      const sent = firstSender.sent.find((mail) => mail.to === unseal(p.email!, at("recipient", "email", p.id)))!;
      expect(p.sentMessage).toMatchObject({ messageId: sent.messageId, attempts: 1, sentAt: ctx.now() });
      expect(JSON.parse(unseal(p.sentMessage!.content, at("sentMessage", "content", p.id)))).toMatchObject({
        to: sent.to,
        name: unseal(p.name, at("recipient", "name", p.id)),
        subject: sent.subject,
        text: sent.text,
      });
    }
    await expect.poll(async () => (await ctx.db.communication.findUniqueOrThrow({ where: { id: communicationId } })).status).toBe("sent");
    expect(await ctx.db.outboxMessage.count({ where: { kind: "communication", status: { not: "sent" } } })).toBe(0);
  });
});
