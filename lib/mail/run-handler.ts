import { at, unseal } from "@/lib/server/crypto/sealed-text";
import type { ClaimedMessage } from "./claim";
import type { OutboxDelivery, OutboxHandler, OutboxHandlerContext, OutboxOutcome } from "./handlers";

type Opened = { ok: true; delivery: OutboxDelivery } | { ok: false; reason: string };
// Opened once per claimed message, whether by a handler's `prepare` or by the handler itself.
const opened = new WeakMap<ClaimedMessage, Opened>();

/** A claimed message as its handler sees it: the payload decrypted, or why it cannot be. */
export function deliveryOf(message: ClaimedMessage): Opened {
  let result = opened.get(message);
  if (!result) {
    try {
      const payload: unknown = JSON.parse(unseal(message.sealedPayload, at("outboxMessage", "payload", message.id)));
      result = {
        ok: true,
        delivery: {
          id: message.id,
          kind: message.kind,
          idempotencyKey: message.idempotencyKey,
          payload,
          attempts: message.attempts,
          organizationId: message.organizationId,
          incidentId: message.incidentId,
        },
      };
    } catch (error) {
      result = { ok: false, reason: `payload cannot be read: ${errorText(error)}` };
    }
    opened.set(message, result);
  }
  return result;
}

/** Lets the handlers that want it see a claimed batch before its messages are handled (OutboxHandler.prepare). */
export function prepareBatch(
  messages: readonly ClaimedMessage[],
  handlers: ReadonlyMap<string, OutboxHandler>,
  context: OutboxHandlerContext,
  log: (line: string) => void,
): void {
  for (const [kind, handler] of handlers) {
    if (!handler.prepare) continue;
    const deliveries = messages
      .filter((message) => message.kind === kind)
      .flatMap((message) => {
        const open = deliveryOf(message);
        return open.ok ? [open.delivery] : [];
      });
    if (deliveries.length === 0) continue;
    try {
      handler.prepare(deliveries, context);
    } catch (error) {
      log(`outbox: the "${kind}" handler could not prepare a batch (${errorText(error)}); its messages load one by one`);
    }
  }
}

/**
 * Opens a claimed message's payload and hands it to its handler. Whatever goes wrong becomes an outcome:
 * an unreadable payload (a missing key on this instance) or a throwing handler is retried, not lost.
 */
export async function runHandler(
  message: ClaimedMessage,
  handler: OutboxHandler | undefined,
  context: OutboxHandlerContext,
  log: (line: string) => void,
): Promise<OutboxOutcome> {
  if (!handler) return { status: "retry", reason: `no handler for kind "${message.kind}" in this worker` };
  const open = deliveryOf(message);
  if (!open.ok) return { status: "retry", reason: open.reason };
  try {
    return await handler(open.delivery, context);
  } catch (error) {
    log(`outbox: the "${message.kind}" handler threw (${errorText(error)}); will retry`);
    return { status: "retry", reason: `handler error: ${errorText(error)}` };
  }
}

/** One line about an error, for logs and lastError; some driver errors carry only a code or a cause. */
export function errorText(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = (error as { code?: unknown }).code;
  const cause = error.cause instanceof Error ? errorText(error.cause) : "";
  const text = error.message.split("\n")[0] || (typeof code === "string" ? code : "") || cause || error.name;
  return text.slice(0, 300);
}
