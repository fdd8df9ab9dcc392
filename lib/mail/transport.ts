import nodemailer from "nodemailer";
import type { AppEnv } from "@/lib/config/env";
import { MimeThread } from "./mime-thread";

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
 * A pooled nodemailer transport for SMTP_URL, or null when no SMTP server is configured: e-mail then waits
 * in the outbox (shared/CONTRACT.md section 4). Timeouts are bounded so that a hanging server cannot hold a
 * message past its lease.
 */
export function createMailTransport(env: Pick<AppEnv, "SMTP_URL">, options: MailTransportOptions = {}): MailSender | null {
  if (!env.SMTP_URL) return null;
  const transport = nodemailer.createTransport({
    url: env.SMTP_URL,
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
  if (!options.composeOffThread) return transport;
  const composer = new MimeThread();
  return {
    async sendMail(mail) {
      const { envelope, raw } = await composer.compose(mail);
      return transport.sendMail({ envelope, raw, messageId: mail.messageId });
    },
    close() {
      composer.close();
      transport.close();
    },
  };
}
