import { describe, expect, it } from "vitest";
import { isCrossOriginServerAction } from "@/lib/security/server-action-origin";

const post = (headers: Record<string, string>, method = "POST") => ({ method, headers: new Headers(headers) });
const action = { "next-action": "7f3a", host: "breachdesk.example.org" };

describe("a cross-origin Server Action", () => {
  it("is a POST with Next-Action whose Origin is another host", () => {
    expect(isCrossOriginServerAction(post({ ...action, origin: "https://evil.example" }))).toBe(true);
    expect(isCrossOriginServerAction(post({ ...action, origin: "https://breachdesk.example.org.evil.example" }))).toBe(true);
    expect(isCrossOriginServerAction(post({ ...action, origin: "https://breachdesk.example.org:8443" }))).toBe(true);
  });

  it("includes Origin null and an Origin that is no URL", () => {
    expect(isCrossOriginServerAction(post({ ...action, origin: "null" }))).toBe(true);
    expect(isCrossOriginServerAction(post({ ...action, origin: "::" }))).toBe(true);
  });

  it("is not one from this host, behind a proxy naming it in X-Forwarded-Host, or without Origin", () => {
    expect(isCrossOriginServerAction(post({ ...action, origin: "https://breachdesk.example.org" }))).toBe(false);
    expect(isCrossOriginServerAction(post({ ...action, origin: "https://BREACHDESK.example.org" }))).toBe(false);
    expect(
      isCrossOriginServerAction(
        post({
          "next-action": "7f3a",
          host: "10.0.0.5:3000",
          "x-forwarded-host": "breachdesk.example.org",
          origin: "https://breachdesk.example.org",
        }),
      ),
    ).toBe(false);
    expect(isCrossOriginServerAction(post(action))).toBe(false);
  });

  it("concerns only Server Actions: other posts and other methods are the routes' business", () => {
    expect(isCrossOriginServerAction(post({ host: "breachdesk.example.org", origin: "https://evil.example" }))).toBe(false);
    expect(isCrossOriginServerAction(post({ ...action, origin: "https://evil.example" }, "GET"))).toBe(false);
  });
});
