/**
 * Every outbox kind that a feature of lib/server handles, registered by the workers that start here (in-process
 * and `npm run worker`), so both know the same kinds. A feature adds its kind with a call below. lib/mail never
 * imports lib/server's features; the services use lib/mail, and these composition modules join the two
 * (docs/ARCHITECTURE.md, "The rooms and what each may import").
 *
 * The built-in "email" kind needs no line here: the worker provides it when SMTP_URL is set.
 */
import { registerCommunicationOutboxHandler } from "@/lib/server/communications/register-outbox-handler";

export function registerOutboxHandlers(): void {
  registerCommunicationOutboxHandler();
}
