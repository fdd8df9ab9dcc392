/**
 * Registers the "communication" outbox kind (called by lib/server/worker/register-outbox-handlers.ts).
 * The handler sends through its own pooled transport for SMTP_URL, since the outbox gives handlers no mailer.
 * Without SMTP_URL it is not registered, so messages wait in the outbox (pending, no attempt counted) until a
 * worker that has a server runs: nothing is dropped (docs/INTERFACES.md section 4).
 */
import { readEnv } from "@/lib/config/env";
import { registerOutboxHandler } from "@/lib/mail/handlers";
import { createMailTransport } from "@/lib/mail/transport";
import { createCommunicationHandler } from "./outbox-handler";

export function registerCommunicationOutboxHandler(): void {
  let env;
  try {
    env = readEnv();
  } catch {
    return; // the worker reports a bad environment itself
  }
  const mailer = createMailTransport(env, { composeOffThread: true });
  if (!mailer) return;
  registerOutboxHandler("communication", createCommunicationHandler({ mailer, mailFrom: env.MAIL_FROM }));
}
