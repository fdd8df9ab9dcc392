import { sqlParameters } from "@/lib/db/sql-parameters";
import { enqueueMany } from "@/lib/mail/enqueue-many";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { communicationRefSchema, type CommunicationRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { retryWhenBusy } from "./busy-retry";
import { finishIfDone, idempotencyKeyFor } from "./communication-status";

/** Recipients enqueued per transaction: big enough to be quick, small enough not to hold the writer lock long. */
export const SEND_BATCH = 500;

/** What the outbox handler needs; nothing personal: the handler reads (and decrypts) the recipient at send time. */
export interface CommunicationDeliveryPayload {
  communicationId: string;
  recipientId: string;
}

export interface SendReport {
  status: string;
  /** Outbox messages created by this call (0 when called again: sending is idempotent). */
  enqueued: number;
  /** People with e-mail addresses queued for sending so far. */
  queued: number;
}

/**
 * The DPO sends an approved e-mail communication: one outbox message per person with an e-mail address,
 * keyed `communication:<id>:recipient:<recipientId>`, enqueued in batches of SEND_BATCH, each batch in its
 * own transaction with the recipients' move to "queued", and written in a few queries per batch (enqueueMany),
 * not a few per person. Returns once everything is queued; the worker delivers. Calling it again (a double
 * click, a retry after a crash mid-way) enqueues only what is missing: never a second message to anyone.
 */
export async function sendCommunication(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<SendReport>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId } = parsed.data;
  const now = ctx.now();

  const started = await retryWhenBusy(() =>
    writeTransaction(ctx.db, ctx.provider, async (tx) => {
      const found = await findCommunicationFor(tx, actor, communicationId, "send");
      if (!found.ok) return found;
      const communication = found.value;
      if (communication.channel !== "email")
        return invalid([
          {
            field: "channel",
            problem: `is ${communication.channel}: only e-mail is sent; download the letters or the public notice as PDF`,
          },
        ]);
      if (communication.status === "draft") return conflict("Only an approved communication can be sent: the DPO approves it first.");
      if (communication.status === "approved") {
        await tx.communication.update({ where: { id: communicationId }, data: { status: "sending", sendStartedAt: now } });
        const people = await tx.recipient.count({ where: { communicationId, email: { not: null } } });
        const letters = await tx.recipient.count({ where: { communicationId, email: null } });
        await appendAudit(
          tx,
          actor,
          {
            action: "communication.send",
            organizationId: communication.incident.organizationId,
            incidentId: communication.incidentId,
            detail: { communicationId, emails: people, letters },
          },
          now,
        );
      }
      return ok({ organizationId: communication.incident.organizationId, incidentId: communication.incidentId });
    }),
  );
  if (!started.ok) return started;
  const { organizationId, incidentId } = started.value;

  let enqueued = 0;
  for (;;) {
    const batch = await retryWhenBusy(() =>
      writeTransaction(ctx.db, ctx.provider, async (tx) => {
        const waiting = await tx.recipient.findMany({
          where: { communicationId, status: "pending", email: { not: null } },
          orderBy: { position: "asc" },
          take: SEND_BATCH,
          select: { id: true },
        });
        const results = await enqueueMany(
          tx,
          ctx.provider,
          waiting.map((recipient) => ({
            kind: "communication",
            idempotencyKey: idempotencyKeyFor(communicationId, recipient.id),
            payload: { communicationId, recipientId: recipient.id } satisfies CommunicationDeliveryPayload,
            availableAt: now,
            organizationId,
            incidentId,
          })),
          now,
        );
        const created = results.filter((result) => result.enqueued).length;
        if (waiting.length > 0) {
          // SQL for the same reason as enqueueMany's: Prisma's updateMany over 500 ids costs more than the update.
          const { values, param } = sqlParameters(ctx.provider);
          const ids = waiting.map((recipient) => param(recipient.id)).join(", ");
          await tx.$executeRawUnsafe(
            `UPDATE "Recipient" SET "status" = 'queued' WHERE "status" = 'pending' AND "id" IN (${ids})`,
            ...values,
          );
        }
        return { picked: waiting.length, created };
      }),
    );
    enqueued += batch.created;
    if (batch.picked < SEND_BATCH) break;
  }
  // A communication whose people all have no e-mail (or were already done) ends here.
  await finishIfDone(ctx.db, ctx.provider, communicationId, now);
  const current = await ctx.db.communication.findUniqueOrThrow({ where: { id: communicationId }, select: { status: true } });
  const queued = await ctx.db.recipient.count({ where: { communicationId, status: { not: "pending" }, email: { not: null } } });
  return ok({ status: current.status, enqueued, queued });
}
