import type { AppEnv } from "@/lib/config/env";

/** Without SMTP_URL the outbox keeps every message until a server is configured: nothing is sent meanwhile. */
export function mailServerConfigured(env: Pick<AppEnv, "SMTP_URL">): boolean {
  return Boolean(env.SMTP_URL);
}
