import { emailMessageSchema } from "./email-message";
import type { OutboxHandler } from "./handlers";
import { messageIdFor } from "./message-id";
import type { MailSender } from "./transport";

interface SmtpFailure {
  code?: string;
  responseCode?: number;
  permanent?: boolean;
  message?: string;
}

/**
 * A refusal that retrying will not change: the server refused this sender, recipient or message with a
 * 5xx reply (nodemailer marks those `permanent`). Login failures and dropped connections are not: they are
 * about our configuration or the server's state, and mail must survive both.
 */
function isPermanentRefusal(error: SmtpFailure): boolean {
  return error.permanent === true && (error.code === "EENVELOPE" || error.code === "EMESSAGE");
}

function describe(error: SmtpFailure): string {
  const code = [error.code, error.responseCode].filter(Boolean).join(" ");
  return `${code ? `${code}: ` : ""}${error.message ?? String(error)}`.slice(0, 1000);
}

/** The built-in "email" kind: one SMTP submission per message, with a Message-ID fixed by its key. */
export function emailHandler(sender: MailSender, mailFrom: string): OutboxHandler {
  return async (delivery) => {
    const parsed = emailMessageSchema.safeParse(delivery.payload);
    if (!parsed.success) return { status: "dead", reason: `not an e-mail payload: ${parsed.error.issues[0]?.message ?? "invalid"}` };
    const email = parsed.data;
    try {
      await sender.sendMail({
        from: mailFrom,
        to: email.to,
        subject: email.subject,
        text: email.text,
        ...(email.html ? { html: email.html } : {}),
        ...(email.replyTo ? { replyTo: email.replyTo } : {}),
        messageId: messageIdFor(delivery.idempotencyKey, mailFrom),
      });
      return { status: "done" };
    } catch (error) {
      const failure = (error ?? {}) as SmtpFailure;
      return isPermanentRefusal(failure) ? { status: "dead", reason: describe(failure) } : { status: "retry", reason: describe(failure) };
    }
  };
}
