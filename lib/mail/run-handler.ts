import { unseal } from "@/lib/server/crypto/sealed-text";
import type { ClaimedMessage } from "./claim";
import type { OutboxHandler, OutboxHandlerContext, OutboxOutcome } from "./handlers";

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
  let payload: unknown;
  try {
    payload = JSON.parse(unseal(message.sealedPayload));
  } catch (error) {
    return { status: "retry", reason: `payload cannot be read: ${errorText(error)}` };
  }
  try {
    return await handler(
      {
        id: message.id,
        kind: message.kind,
        idempotencyKey: message.idempotencyKey,
        payload,
        attempts: message.attempts,
        organizationId: message.organizationId,
        incidentId: message.incidentId,
      },
      context,
    );
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
