/**
 * The one place that loads the outbox handlers of other features, so that every worker (in-process and
 * `npm run worker`) knows the same kinds. A feature adds its handler with `registerOutboxHandler(kind, fn)`
 * in its own module and a side-effect import of that module here, e.g.
 *
 *   import "@/lib/server/reminders/outbox-handler";
 *
 * The built-in "email" kind needs no line here: the worker provides it when SMTP_URL is set.
 */
import "@/lib/server/communications/register-outbox-handler";

export {};
