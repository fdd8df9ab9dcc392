import { afterEach, describe, expect, it } from "vitest";
import { registeredOutboxHandlers } from "@/lib/mail/handlers";
import { registerOutboxHandlers } from "@/lib/server/worker/register-outbox-handlers";

/*
 * Both workers (in-process and `npm run worker`) call registerOutboxHandlers() before they start, instead of
 * a module registering itself when imported (docs/ARCHITECTURE.md: lib/mail never imports lib/server's features).
 */
const smtpUrl = process.env.SMTP_URL;
afterEach(() => {
  if (smtpUrl === undefined) delete process.env.SMTP_URL;
  else process.env.SMTP_URL = smtpUrl;
});

describe("registerOutboxHandlers", () => {
  it("leaves the communication kind out without a mail server, so its messages wait in the outbox", () => {
    delete process.env.SMTP_URL;
    registerOutboxHandlers();
    expect(registeredOutboxHandlers().has("communication")).toBe(false);
  });

  it("registers the communication kind when SMTP_URL is set", () => {
    process.env.SMTP_URL = "smtp://127.0.0.1:2525";
    registerOutboxHandlers();
    const handler = registeredOutboxHandlers().get("communication");
    expect(handler).toBeTypeOf("function");
  });
});
