import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, seal } from "@/lib/server/crypto/sealed-text";
import type { Tx } from "@/lib/server/transaction";
import type { EmailMessage } from "./email-message";

export interface OutboxEntry {
  /** Which handler does the work: "email" (built in), "reminder", "communication", ... */
  kind: string;
  /** Names the intended effect, e.g. "communication:<id>:recipient:<id>"; a second enqueue of it is a no-op. */
  idempotencyKey: string;
  /** Any JSON-serialisable object; sealed before it is stored, since it holds addresses and names. */
  payload: object;
  /** Not before this instant (reminders); the database's current time when omitted (pass `ctx.now()` under an injected clock). */
  availableAt?: Date;
  organizationId?: string | null;
  incidentId?: string | null;
}

export type EnqueueResult = { enqueued: true; id: string } | { enqueued: false; id: string; reason: "already_enqueued" };

/**
 * Adds a message to the outbox inside the caller's transaction, so it is stored if and only if the change
 * that caused it is. Check-then-insert rather than insert-and-catch: on PostgreSQL a unique violation
 * aborts the whole surrounding transaction. Inside writeTransaction the check is race-free (PostgreSQL:
 * the advisory lock serialises writers; SQLite: one writer at a time); should two enqueues still collide,
 * the unique index refuses the second and writeTransaction runs it again, where the check finds the first.
 */
export async function enqueue(tx: Tx, entry: OutboxEntry): Promise<EnqueueResult> {
  const existing = await tx.outboxMessage.findUnique({ where: { idempotencyKey: entry.idempotencyKey }, select: { id: true } });
  if (existing) return { enqueued: false, id: existing.id, reason: "already_enqueued" };
  const id = newRowId();
  const created = await tx.outboxMessage.create({
    data: {
      id,
      kind: entry.kind,
      idempotencyKey: entry.idempotencyKey,
      payload: seal(JSON.stringify(entry.payload), at("outboxMessage", "payload", id)),
      status: "pending",
      ...(entry.availableAt ? { availableAt: entry.availableAt } : {}),
      organizationId: entry.organizationId ?? null,
      incidentId: entry.incidentId ?? null,
    },
    select: { id: true },
  });
  return { enqueued: true, id: created.id };
}

/** An e-mail through the outbox: the typed form of `enqueue` for the built-in "email" kind. */
export function enqueueEmail(
  tx: Tx,
  email: EmailMessage & Pick<OutboxEntry, "idempotencyKey" | "availableAt" | "organizationId" | "incidentId">,
): Promise<EnqueueResult> {
  const { idempotencyKey, availableAt, organizationId, incidentId, ...message } = email;
  return enqueue(tx, { kind: "email", idempotencyKey, payload: message, availableAt, organizationId, incidentId });
}
