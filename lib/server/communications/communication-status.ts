import { at, seal } from "@/lib/server/crypto/sealed-text";
import type { Db } from "@/lib/db/client";
import type { CommunicationStatus } from "@/lib/schemas/answers/communication-status";
import type { DatabaseProvider } from "@/lib/db/database-url";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { communicationRefSchema, type CommunicationRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { retryWhenBusy } from "./busy-retry";
import { withoutAddresses } from "./recipients-store";
import { refreshIncidentDeadlines } from "@/lib/server/deadlines/stored-deadlines";

/** What the outbox worker writes in the audit trail: the system, not a person. */
export const outboxActor: Actor = { kind: "operator", label: "outbox" };

export const idempotencyKeyFor = (communicationId: string, recipientId: string) =>
  `communication:${communicationId}:recipient:${recipientId}`;

async function countByStatus(db: Db, communicationId: string) {
  const groups = await db.recipient.groupBy({ by: ["status"], where: { communicationId, email: { not: null } }, _count: { _all: true } });
  const count = (status: string) => groups.find((group) => group.status === status)?._count._all ?? 0;
  return { pending: count("pending"), queued: count("queued"), sent: count("sent"), failed: count("failed"), bounced: count("bounced") };
}

/**
 * A message the outbox gave up on (dead: too many failed attempts, or a worker that kept dying on it) is a
 * failed recipient. The handler cannot always see that moment, so it is settled here from the outbox.
 */
async function settleDeadMessages(db: Db, communicationId: string): Promise<void> {
  const dead = await db.outboxMessage.findMany({
    where: { kind: "communication", status: "dead", idempotencyKey: { startsWith: `communication:${communicationId}:recipient:` } },
    select: { idempotencyKey: true, lastError: true, attempts: true },
  });
  for (const message of dead) {
    const recipientId = message.idempotencyKey.split(":")[3];
    if (!recipientId) continue;
    await db.recipient.updateMany({
      where: { id: recipientId, communicationId, status: "queued" },
      data: {
        status: "failed",
        attempts: message.attempts,
        lastError: seal(withoutAddresses(message.lastError ?? "gave up"), at("recipient", "lastError", recipientId)),
      },
    });
  }
}

/**
 * Once no e-mail is waiting any more, the communication is "sent" (or "partially_failed") and that is
 * audited once, with counts only. Safe to call from several workers at once: the conditional update lets
 * exactly one of them record the change. The update comes first in the transaction on purpose: on SQLite a
 * transaction that reads first and writes later fails at once (SQLITE_BUSY) when another process wrote in
 * between, while one that writes first simply waits for the lock.
 */
export async function finishIfDone(db: Db, provider: DatabaseProvider, communicationId: string, now: Date): Promise<boolean> {
  const waiting = await db.recipient.findFirst({
    where: { communicationId, status: { in: ["queued", "pending"] }, email: { not: null } },
    select: { id: true },
  });
  if (waiting) return false;
  const notWaiting = { recipients: { none: { status: { in: ["queued", "pending"] }, email: { not: null } } } };
  const unsuccessful = { recipients: { some: { status: { in: ["failed", "bounced"] }, email: { not: null } } } };
  return retryWhenBusy(() =>
    writeTransaction(db, provider, async (tx) => {
      const partly = await tx.communication.updateMany({
        where: { id: communicationId, status: "sending", ...notWaiting, ...unsuccessful },
        data: { status: "partially_failed" },
      });
      const changed =
        partly.count === 1
          ? partly
          : await tx.communication.updateMany({
              where: { id: communicationId, status: "sending", ...notWaiting },
              data: { status: "sent" },
            });
      if (changed.count !== 1) return false;
      const { incidentId } = await tx.communication.findUniqueOrThrow({ where: { id: communicationId }, select: { incidentId: true } });
      await refreshIncidentDeadlines(tx, [incidentId]);
      const counts = await tx.recipient.groupBy({
        by: ["status"],
        where: { communicationId, email: { not: null } },
        _count: { _all: true },
      });
      const of = (status: string) => counts.find((group) => group.status === status)?._count._all ?? 0;
      const communication = await tx.communication.findUniqueOrThrow({
        where: { id: communicationId },
        select: { status: true, incidentId: true, incident: { select: { organizationId: true } } },
      });
      await appendAudit(
        tx,
        outboxActor,
        {
          action: "communication.send.finished",
          organizationId: communication.incident.organizationId,
          incidentId: communication.incidentId,
          detail: { communicationId, status: communication.status, sent: of("sent"), failed: of("failed"), bounced: of("bounced") },
        },
        now,
      );
      return true;
    }),
  );
}

/** Where sending stands: the contract's counts plus a progress breakdown for the page's progress bar. */
export async function getCommunicationStatus(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<CommunicationStatus>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findCommunicationFor(ctx.db, actor, parsed.data.communicationId, "read");
  if (!found.ok) return found;
  let status = found.value.status;
  if (status === "sending") {
    await settleDeadMessages(ctx.db, found.value.id);
    await finishIfDone(ctx.db, ctx.provider, found.value.id, ctx.now());
    // Read again whoever closed it: this call, or a worker at the same moment.
    status = (await ctx.db.communication.findUniqueOrThrow({ where: { id: found.value.id }, select: { status: true } })).status;
  }
  const byStatus = await countByStatus(ctx.db, found.value.id);
  const letterRecipients = await ctx.db.recipient.count({ where: { communicationId: found.value.id, email: null } });
  const emailRecipients = byStatus.pending + byStatus.queued + byStatus.sent + byStatus.failed + byStatus.bounced;
  const ended = byStatus.sent + byStatus.failed + byStatus.bounced;
  return ok({
    status,
    counts: { queued: byStatus.queued, sent: byStatus.sent, failed: byStatus.failed + byStatus.bounced },
    progress: { emailRecipients, letterRecipients, ...byStatus, done: emailRecipients === 0 ? 0 : ended / emailRecipients },
  });
}
