import nodemailer from "nodemailer";
import type { AppEnv } from "@/lib/config/env";
import { MimeThread } from "./mime-thread";
import { composePlainText } from "./plain-composer";

/** One e-mail as handed to the SMTP server. */
export interface OutgoingEmail {
  from: string;
  to: string | string[];
  subject: string;
  text: string;
  html?: string;
  replyTo?: string;
  messageId: string;
}

/**
 * The part of a nodemailer transporter the worker uses, so tests can pass one that fails on purpose.
 * `sendMail` resolves when the server accepted the message and rejects with nodemailer's error otherwise.
 */
export interface MailSender {
  sendMail(mail: OutgoingEmail): Promise<unknown>;
  close(): void;
}

export interface MailTransportOptions {
  /** Parallel SMTP connections; small, since relays throttle and blocklist hosts that open many. */
  maxConnections?: number;
  /** At most this many messages per second through the pool (nodemailer's own limiter), none when unset. */
  maxPerSecond?: number;
  /**
   * Build each message (nodemailer's composer, the same bytes) on a worker thread, and hand the pool the
   * finished message: what the outbox workers use, so that composing does not hold up their event loop.
   */
  composeOffThread?: boolean;
}

/**
 * Plain pooled nodemailer for an SMTP URL, with the pool settings Breachdesk uses: what the benches compare
 * the outbox with. Timeouts are bounded so that a hanging server cannot hold a message past its lease.
 */
export function pooledNodemailer(smtpUrl: string, options: Pick<MailTransportOptions, "maxConnections" | "maxPerSecond"> = {}) {
  return nodemailer.createTransport({
    url: smtpUrl,
    pool: true,
    maxConnections: options.maxConnections ?? 3,
    maxMessages: 500,
    // One quick requeue smooths over a server closing an idle pooled connection as we start to use it;
    // everything else comes back to the outbox, which records the attempt and backs off.
    maxRequeues: 1,
    ...(options.maxPerSecond ? { rateLimit: options.maxPerSecond, rateDelta: 1000 } : {}),
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
  });
}

/**
 * The sender for SMTP_URL, or null when no SMTP server is configured: e-mail then waits in the outbox
 * (docs/INTERFACES.md section 4). Short ASCII text is composed here (plain-composer.ts, the same bytes, less
 * CPU), the rest by nodemailer's composer, on a worker thread with `composeOffThread`.
 */
export function createMailTransport(env: Pick<AppEnv, "SMTP_URL">, options: MailTransportOptions = {}): MailSender | null {
  if (!env.SMTP_URL) return null;
  const transport = pooledNodemailer(env.SMTP_URL, options);
  const composer = options.composeOffThread ? new MimeThread() : null;
  return {
    async sendMail(mail) {
      const composed = composePlainText(mail, new Date()) ?? (composer ? await composer.compose(mail) : null);
      return transport.sendMail(composed ? { envelope: composed.envelope, raw: composed.raw, messageId: mail.messageId } : mail);
    },
    close() {
      composer?.close();
      transport.close();
    },
  };
}
