import { describe, expect, it } from "vitest";
import { messageIdFor, senderDomain } from "@/lib/mail/message-id";

describe("messageIdFor", () => {
  it("is the same for the same key, so a re-sent message carries the same Message-ID", () => {
    const from = "Breachdesk <dpo@praxis-muster.de>";
    expect(messageIdFor("communication:c1:recipient:r1", from)).toBe(messageIdFor("communication:c1:recipient:r1", from));
    expect(messageIdFor("communication:c1:recipient:r1", from)).not.toBe(messageIdFor("communication:c1:recipient:r2", from));
  });

  it("is a valid msg-id in the sender's domain that does not reveal the key", () => {
    const id = messageIdFor("incident:BD-2026-0001:reminder", "dpo@praxis-muster.de");
    expect(id).toMatch(/^<[0-9a-f]{40}\.outbox@praxis-muster\.de>$/);
    expect(id).not.toContain("BD-2026");
  });
});

describe("senderDomain", () => {
  it("reads the domain of a bare or named address, and falls back when there is none", () => {
    expect(senderDomain("Breachdesk <breachdesk@Example.ORG>")).toBe("example.org");
    expect(senderDomain("noreply@practice.example")).toBe("practice.example");
    expect(senderDomain("Breachdesk")).toBe("breachdesk.invalid");
    expect(senderDomain("odd@exa mple")).toBe("breachdesk.invalid");
  });
});
