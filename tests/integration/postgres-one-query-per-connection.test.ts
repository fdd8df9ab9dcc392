import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OutboxWorker } from "@/lib/mail/worker";
import type { MailSender } from "@/lib/mail/transport";
import { cliOperator } from "@/lib/server/actor";
import { approveCommunication } from "@/lib/server/communications/approve-communication";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { importRecipientsCsv } from "@/lib/server/communications/import-recipients-csv";
import { createCommunicationHandler } from "@/lib/server/communications/outbox-handler";
import { sendCommunication } from "@/lib/server/communications/send-communication";
import { createDemoPractice } from "@/lib/server/demo/create-demo";
import { recordFiling } from "@/lib/server/filings/record-filing";
import { changeIncidentState } from "@/lib/server/incidents/change-incident-state";
import { scheduleDueReminders } from "@/lib/server/reminders/schedule-due-reminders";
import { writeTransaction } from "@/lib/server/transaction";
import { incidentToTell, peopleCsv, person, practice, value } from "./support/communication-fixtures";
import { createTestContext, integrationProvider, type TestContext } from "./support/test-context";

/*
 * pg 8 warns "Calling client.query() when the client is already executing a query is deprecated" and pg 9
 * refuses it: a transaction holds one connection, so its queries must not overlap. Every query any pg client
 * receives here is checked (stricter than pg, which warns only from the third at once, and once per
 * process): while `breachdesk demo` and a representative set of services run, none may arrive at a busy
 * connection, and no such warning may be emitted. lib/db/one-query-at-a-time.ts is what makes it hold.
 */
type ClientInternals = { _activeQuery: unknown; _queryQueue: unknown[] };
const clientPrototype = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
const originalQuery = clientPrototype.query;
const overlapping: string[] = [];
const warnings: string[] = [];
const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);

function sqlOf(query: unknown): string {
  const text = typeof query === "string" ? query : (query as { text?: string } | undefined)?.text;
  return (text ?? "?").slice(0, 120);
}

describe.runIf(integrationProvider() === "postgresql")("one query at a time per PostgreSQL connection", () => {
  let ctx: TestContext;

  beforeAll(async () => {
    clientPrototype.query = function (this: ClientInternals, ...args: unknown[]) {
      if (this._activeQuery || this._queryQueue.length > 0) overlapping.push(`${sqlOf(args[0])} (while ${sqlOf(this._activeQuery)} ran)`);
      return originalQuery.apply(this, args);
    };
    process.on("warning", onWarning);
    ctx = await createTestContext();
  });
  afterAll(async () => {
    clientPrototype.query = originalQuery;
    process.off("warning", onWarning);
    await ctx.close();
  });

  it("creates the demo practice without overlapping queries", async () => {
    value(await createDemoPractice(ctx, cliOperator));
    expect(overlapping).toEqual([]);
    expect(warnings.filter((warning) => /already executing a query/.test(warning))).toEqual([]);
  });

  it("runs intake, assessment, filing, closing, a communication to 600 people and reminders without overlapping queries", async () => {
    const organization = await practice(ctx, "one-query");
    const manager = await person(ctx, "oq-manager", organization.id, "manager");
    const dpo = await person(ctx, "oq-dpo", organization.id, "dpo");
    const incident = await incidentToTell(ctx, manager, dpo);

    const communicationId = value(await createCommunicationDraft(ctx, dpo, { incidentId: incident.id, language: "en", channel: "email" }))
      .communication.id;
    value(await importRecipientsCsv(ctx, dpo, { communicationId, csv: peopleCsv(600) }));
    value(await approveCommunication(ctx, dpo, { communicationId }));
    expect(value(await sendCommunication(ctx, dpo, { communicationId })).enqueued).toBe(600);
    const delivered: string[] = [];
    const mailer: MailSender = {
      async sendMail(mail) {
        delivered.push(String(mail.to));
        return { accepted: [mail.to] };
      },
      close() {},
    };
    const worker = new OutboxWorker({
      db: ctx.db,
      provider: ctx.provider,
      handlers: () => new Map([["communication", createCommunicationHandler({ mailer, mailFrom: "dpo@practice.example" })]]),
      maxPerSecond: Infinity,
      log: () => {},
    });
    await worker.processDue();
    expect(delivered).toHaveLength(600);

    value(
      await recordFiling(ctx, dpo, {
        incidentId: incident.id,
        kind: "initial",
        channel: "online_form",
        filedAt: ctx.clock.now.toISOString(),
      }),
    );
    await scheduleDueReminders(ctx, new Date(ctx.clock.now.getTime() + 30 * 86_400_000));
    value(await changeIncidentState(ctx, dpo, { incidentId: incident.id, to: "closed", note: "Every obligation was met or explained." }));

    expect(overlapping).toEqual([]);
    expect(warnings.filter((warning) => /already executing a query/.test(warning))).toEqual([]);
  });

  it("queues reads that a transaction starts together instead of sending them to its connection at once", async () => {
    const counts = await writeTransaction(ctx.db, ctx.provider, (tx) =>
      Promise.all([tx.organization.count(), tx.user.count(), tx.incident.count(), tx.auditEntry.count(), tx.outboxMessage.count()]),
    );
    expect(counts.every((count) => count > 0)).toBe(true);
    expect(overlapping).toEqual([]);
    expect(warnings.filter((warning) => /already executing a query/.test(warning))).toEqual([]);
  });
});
