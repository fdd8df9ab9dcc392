import type { Db } from "@/lib/db/client";
import type { OutboxHandler, OutboxHandlerContext } from "@/lib/mail/handlers";
import { messageIdFor } from "@/lib/mail/message-id";
import { defaultRetryPolicy } from "@/lib/mail/retry-policy";
import type { MailSender } from "@/lib/mail/transport";
import { at, seal, unseal } from "@/lib/server/crypto/sealed-text";
import { finishIfDone } from "./communication-status";
import { DeliveryLoader } from "./delivery-loader";
import { deliveryStatements, isDelivered, type Delivered } from "./delivery-recorder";
import { withoutAddresses } from "./recipients-store";
import type { CommunicationDeliveryPayload } from "./send-communication";

export interface CommunicationHandlerOptions {
  mailer: MailSender;
  mailFrom: string;
  /** The worker's retry limit, so the recipient is marked failed on the last attempt (default: the outbox default). */
  maxAttempts?: number;
}

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  message?: string;
}

const isPayload = (value: unknown): value is CommunicationDeliveryPayload =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as CommunicationDeliveryPayload).communicationId === "string" &&
  typeof (value as CommunicationDeliveryPayload).recipientId === "string";

/**
 * The message is out and recorded; closing the communication is bookkeeping. If it fails (a busy database),
 * the next group's bookkeeping or the next status read closes it, so it must not turn a delivery into a retry.
 */
async function finishQuietly(context: OutboxHandlerContext, communicationId: string): Promise<void> {
  try {
    await finishIfDone(context.db, context.provider, communicationId, context.now());
  } catch {
    // settled later by getCommunicationStatus
  }
}

/**
 * The "communication" outbox kind: one e-mail to one person. The person's name and address are decrypted
 * only now, from the recipient row (the outbox payload holds ids only; the worker's `prepare` loads a
 * claimed batch's people in one query); the message is rebuilt from the content the DPO approved; the
 * Message-ID is derived from the idempotency key, so a resend after a crash carries the same Message-ID.
 *
 * What was sent is kept, sealed, on the recipient (Art. 34: proof of what each person was told, and when).
 * It is sealed before sending and handed back with "done": the worker journals it the moment the server
 * accepted the message and writes it (`recordAccepted`) in its group commit, in the same transaction as the
 * outbox row's "sent", or from the journal after a crash.
 */
export function createCommunicationHandler(options: CommunicationHandlerOptions): OutboxHandler {
  const maxAttempts = options.maxAttempts ?? defaultRetryPolicy.maxAttempts;
  // One loader per database the handler is used with (a handler is normally used by one worker).
  const loaders = new Map<Db, DeliveryLoader>();
  const loaderFor = (db: Db) => {
    let loader = loaders.get(db);
    if (!loader) loaders.set(db, (loader = new DeliveryLoader(db)));
    return loader;
  };
  const handler: OutboxHandler = async (delivery, context) => {
    if (!isPayload(delivery.payload)) return { status: "dead", reason: "not a communication payload" };
    const { communicationId, recipientId } = delivery.payload;
    const loader = loaderFor(context.db);
    const recipient = await loader.recipient(recipientId);
    if (!recipient || recipient.communicationId !== communicationId) return { status: "dead", reason: "the recipient was removed" };
    // An earlier attempt sent it and recorded it here, then died before the outbox row was marked: do not send again.
    if (recipient.status === "sent" || recipient.status === "bounced") return { status: "done" };
    if (!recipient.email) return { status: "dead", reason: "the recipient has no e-mail address" };
    const communication = await loader.communication(communicationId);
    if (!communication?.message) return { status: "dead", reason: "the communication is not approved" };
    if (!communication.message.ok)
      return { status: "dead", reason: `the message cannot be written: missing ${communication.message.missing.join(", ")}` };
    const name = unseal(recipient.name, at("recipient", "name", recipientId));
    const to = unseal(recipient.email, at("recipient", "email", recipientId));
    const rendered = communication.message.message.forName(name);
    const messageId = messageIdFor(delivery.idempotencyKey, options.mailFrom);
    const attempts = delivery.attempts + 1;
    // Everything the record needs is ready before sending, so nothing but the journal's write follows the 250.
    const sent: Delivered = {
      recipientId,
      communicationId,
      content: seal(
        JSON.stringify({ to, name, subject: rendered.subject, text: rendered.text }),
        at("sentMessage", "content", recipientId),
      ),
      messageId,
      attempts,
    };
    try {
      // The bare address: a display name with commas or quotes must never be able to change who receives it.
      await options.mailer.sendMail({
        from: options.mailFrom,
        to,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        messageId,
      });
    } catch (error) {
      const failure = (error ?? {}) as SmtpFailure;
      const reason = withoutAddresses(
        `${[failure.code, failure.responseCode].filter(Boolean).join(" ")}: ${failure.message ?? String(error)}`,
      );
      // A 5xx refusal of the envelope is a bounce: the address does not exist or does not take mail.
      const bounced = failure.permanent === true && failure.code === "EENVELOPE";
      const giveUp = bounced || (failure.permanent === true && failure.code === "EMESSAGE") || attempts >= maxAttempts;
      await context.db.recipient.updateMany({
        where: { id: recipientId, status: { in: ["queued", "failed"] } },
        data: {
          attempts,
          lastError: seal(reason, at("recipient", "lastError", recipientId)),
          ...(giveUp ? { status: bounced ? "bounced" : "failed" } : {}),
        },
      });
      if (giveUp) await finishQuietly(context, communicationId);
      return giveUp ? { status: "dead", reason } : { status: "retry", reason };
    }
    return { status: "done", record: sent };
  };
  handler.prepare = (deliveries, context) =>
    loaderFor(context.db).prefetch(deliveries.flatMap((item) => (isPayload(item.payload) ? [item.payload.recipientId] : [])));
  handler.recordAccepted = async (accepted, context) => deliveryStatements(context.db, context.provider, accepted);
  handler.afterRecorded = async (accepted, context) => {
    const communications = new Set(accepted.flatMap((item) => (isDelivered(item.record) ? [item.record.communicationId] : [])));
    for (const communicationId of communications) await finishQuietly(context, communicationId);
  };
  return handler;
}
