import type { Db, Prisma } from "@/lib/db/client";
import type { DatabaseProvider } from "@/lib/db/database-url";

/** One claimed outbox message, its payload already decrypted, as a handler sees it. */
export interface OutboxDelivery {
  id: string;
  kind: string;
  idempotencyKey: string;
  payload: unknown;
  /** Failed attempts before this one. */
  attempts: number;
  organizationId: string | null;
  incidentId: string | null;
}

export interface OutboxHandlerContext {
  db: Db;
  provider: DatabaseProvider;
  now: () => Date;
}

/**
 * What a handler reports. Expected failures are values: "retry" for something that may work later (a server
 * down, a 4xx reply), "dead" for something that never will (a 5xx refusal of the recipient, a malformed
 * payload). A handler that throws is treated like "retry" and logged, since it is a bug or an outage.
 *
 * "done" is reported the moment the work took effect (for e-mail: the server's 250 after DATA), with no
 * database write in between: the worker writes it to its acceptance journal at once, then records it (and
 * `record`, through the handler's `recordAccepted`) in its next group commit.
 */
export type OutboxOutcome = { status: "done"; record?: unknown } | { status: "retry"; reason: string } | { status: "dead"; reason: string };

/** A message whose work took effect, as its handler's `recordAccepted` sees it (live, or replayed from a journal). */
export interface AcceptedDelivery {
  /** The outbox message. */
  id: string;
  idempotencyKey: string;
  /** When the work took effect. */
  at: Date;
  /** What the handler returned with "done" (JSON: it goes through the journal). */
  record: unknown;
}

/**
 * Does the work of one message. It runs at least once per message and may run twice (a crash after the
 * work but before the outbox records it, when the journal could not tell), so whatever it writes must be
 * idempotent: key it on `delivery.idempotencyKey` or on the row it updates.
 *
 * Optional parts, for kinds that write their own records of the work:
 * - `prepare`: called once with each claimed batch before its messages are handled, to load in one query
 *   what each message would otherwise load alone.
 * - `recordAccepted`: the statements that record accepted messages, run in the same transaction as the
 *   outbox marking them sent. They must be idempotent and must not depend on the lease: they also replay
 *   journals of workers that died, and may meet rows another worker recorded first.
 * - `afterRecorded`: bookkeeping once those statements committed (closing what is now complete).
 */
export type OutboxHandler = ((delivery: OutboxDelivery, context: OutboxHandlerContext) => Promise<OutboxOutcome>) & {
  prepare?: (deliveries: readonly OutboxDelivery[], context: OutboxHandlerContext) => void;
  recordAccepted?: (accepted: readonly AcceptedDelivery[], context: OutboxHandlerContext) => Promise<Prisma.PrismaPromise<unknown>[]>;
  afterRecorded?: (accepted: readonly AcceptedDelivery[], context: OutboxHandlerContext) => Promise<void>;
};

// Kept on globalThis so that development hot reloads, which evaluate this module again, share one registry.
const globalForOutbox = globalThis as unknown as { breachdeskOutboxHandlers?: Map<string, OutboxHandler> };
const registry = (globalForOutbox.breachdeskOutboxHandlers ??= new Map<string, OutboxHandler>());

/**
 * Makes the worker process messages of `kind` with `handler`. Messages of a kind nobody has registered stay
 * pending, untouched, until a worker that knows the kind runs. Registering a kind again replaces the handler
 * (what a hot reload does). The built-in "email" kind is provided by the worker itself when SMTP is configured.
 */
export function registerOutboxHandler(kind: string, handler: OutboxHandler): void {
  registry.set(kind, handler);
}

export function registeredOutboxHandlers(): ReadonlyMap<string, OutboxHandler> {
  return registry;
}
