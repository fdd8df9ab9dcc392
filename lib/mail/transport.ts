import nodemailer from "nodemailer";
import type { AppEnv } from "@/lib/config/env";

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
}

/**
 * A pooled nodemailer transport for SMTP_URL, or null when no SMTP server is configured: e-mail then waits
 * in the outbox (shared/CONTRACT.md section 4). Timeouts are bounded so that a hanging server cannot hold a
 * message past its lease.
 */
export function createMailTransport(env: Pick<AppEnv, "SMTP_URL">, options: MailTransportOptions = {}): MailSender | null {
  if (!env.SMTP_URL) return null;
  return nodemailer.createTransport({
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
}
