import { describe, expect, it } from "vitest";
import { isSafeCallbackUrl, safeCallbackUrl } from "@/lib/security/safe-redirect";

const base = "https://breachdesk.example.org";

describe("where a sign-in may lead", () => {
  it("keeps paths and full URLs of this app", () => {
    expect(safeCallbackUrl("/incidents/cl1?tab=facts", base)).toBe(`${base}/incidents/cl1?tab=facts`);
    expect(safeCallbackUrl(`${base}/register`, base)).toBe(`${base}/register`);
  });

  it.each([
    "https://evil.example/x",
    "https://evil.example:99999/",
    "http://[",
    "//evil.example/x",
    "/\\evil.example",
    "javascript:alert(1)",
    "https://breachdesk.example.org.evil.example/",
    "https://breachdesk.example.org@evil.example/",
    "http://breachdesk.example.org/",
  ])("sends %s to the start page, without throwing", (url) => {
    expect(safeCallbackUrl(url, base)).toBe(base);
  });

  it("tells a stored value next-auth can use from one it would fail on", () => {
    expect(isSafeCallbackUrl(`${base}/register`, base)).toBe(true);
    expect(isSafeCallbackUrl("/register", base)).toBe(true);
    expect(isSafeCallbackUrl("http://[", base)).toBe(false);
    expect(isSafeCallbackUrl("https://evil.example/", base)).toBe(false);
  });
});
