import { createHash } from "node:crypto";

/**
 * The Message-ID of an outbox e-mail, derived only from its idempotency key and the sender's domain.
 * A retry after a crash between the SMTP server's "250 accepted" and our database update sends the
 * message again, but with the same Message-ID, so receiving systems (and people) can recognise the
 * duplicate. The key itself is hashed: it may name internal ids that have no business in a mail header.
 */
export function messageIdFor(idempotencyKey: string, mailFrom: string): string {
  const digest = createHash("sha256").update(idempotencyKey).digest("hex").slice(0, 40);
  return `<${digest}.outbox@${domainOf(mailFrom)}>`;
}

// One sender address per process in practice; remembered because this runs for every message sent.
let lastFrom = "";
let lastDomain = "";
function domainOf(mailFrom: string): string {
  if (mailFrom !== lastFrom) {
    lastDomain = senderDomain(mailFrom);
    lastFrom = mailFrom;
  }
  return lastDomain;
}

/** "Breachdesk <breachdesk@practice.example>" -> "practice.example"; a fixed domain when there is none. */
export function senderDomain(mailFrom: string): string {
  const address = /<([^>]+)>/.exec(mailFrom)?.[1] ?? mailFrom;
  const domain = address.split("@")[1]?.trim().toLowerCase();
  return domain && /^[a-z0-9.-]+$/.test(domain) ? domain : "breachdesk.invalid";
}
