import type { Db } from "@/lib/db/client";
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
 */
export type OutboxOutcome = { status: "done" } | { status: "retry"; reason: string } | { status: "dead"; reason: string };

/**
 * Does the work of one message. It runs at least once per message and may run twice (a crash after the
 * work but before the outbox records it), so whatever it writes must be idempotent: key it on
 * `delivery.idempotencyKey` or on the row it updates.
 */
export type OutboxHandler = (delivery: OutboxDelivery, context: OutboxHandlerContext) => Promise<OutboxOutcome>;

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
