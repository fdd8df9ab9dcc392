import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { launchBrowser, watchForPageErrors } from "./support/browser";

let browser: Browser;
const baseUrl = inject("baseUrl");

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** The e2e app runs on http://127.0.0.1 (APP_URL http): no HSTS and no upgrade-insecure-requests. */
const COMMON = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "same-origin",
  "x-frame-options": "DENY",
  "permissions-policy":
    "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
  "cross-origin-opener-policy": "same-origin",
  "cross-origin-resource-policy": "same-origin",
};

function expectCommonHeaders(response: Response) {
  for (const [name, value] of Object.entries(COMMON)) expect(response.headers.get(name), name).toBe(value);
  expect(response.headers.get("strict-transport-security")).toBeNull();
  expect(response.headers.get("cache-control")).toMatch(/no-store/);
}

function scriptNonce(policy: string): string {
  const match = /script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/.exec(policy);
  if (!match) throw new Error(`no nonce in script-src: ${policy}`);
  return match[1]!;
}

describe("security headers", () => {
  it("gives a page a strict, per-request nonce policy that Next.js applies to its own scripts", async () => {
    const first = await fetch(`${baseUrl}/`);
    expect(first.status).toBe(200);
    expectCommonHeaders(first);
    const policy = first.headers.get("content-security-policy")!;
    const nonce = scriptNonce(policy);
    expect(policy).toBe(
      `default-src 'self'; script-src 'self' 'nonce-${nonce}' 'strict-dynamic'; style-src 'self' 'nonce-${nonce}'; ` +
        "img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
        "form-action 'self'; frame-ancestors 'none'",
    );
    const html = await first.text();
    const scriptTags = html.match(/<script\b[^>]*>/g) ?? [];
    expect(scriptTags.length).toBeGreaterThan(0);
    for (const tag of scriptTags) expect(tag, tag).toContain(`nonce="${nonce}"`);

    const second = await fetch(`${baseUrl}/`);
    expect(scriptNonce(second.headers.get("content-security-policy")!)).not.toBe(nonce);
  });

  it("protects the JSON API too, with a policy that lets it load and run nothing", async () => {
    const response = await fetch(`${baseUrl}/api/health`);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expectCommonHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
    );
  });

  it("answers attachment downloads (user-uploaded files) with the data policy, sandboxed, not the page policy", async () => {
    const response = await fetch(`${baseUrl}/incidents/cl-none/attachments/cl-none`, { redirect: "manual" });
    expect(response.status).toBeGreaterThanOrEqual(300);
    expectCommonHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
    );
  });

  it("gives a request claiming to be a router prefetch the same page policy and frame protection", async () => {
    const claims: Array<Record<string, string>> = [
      { "Next-Router-Prefetch": "1" },
      { Purpose: "prefetch" },
      { "Next-Router-Prefetch": "1", RSC: "1" },
    ];
    for (const claim of claims) {
      const response = await fetch(`${baseUrl}/signin`, { headers: claim });
      expect(response.status, JSON.stringify(claim)).toBeLessThan(500);
      expectCommonHeaders(response);
      scriptNonce(response.headers.get("content-security-policy") ?? "");
      expect(response.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it.each([
    "/incidents/cl-none/assessment/pdf",
    "/incidents/cl-none/notification/download?format=pdf",
    "/incidents/cl-none/communications/download",
    "/incidents/cl-none/notification/packet/0123456789abcdef0123456789abcdef",
    "/register/export.csv",
    "/register/export.pdf",
    "/api/calendar/feed/not-a-token",
  ])("answers the download %s with the data policy, whatever the outcome", async (route) => {
    const response = await fetch(`${baseUrl}${route}`, { redirect: "manual" });
    expectCommonHeaders(response);
    expect(response.headers.get("content-security-policy")).toBe(
      "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox",
    );
  });

  it("refuses a Server Action sent from another site with a plain 403, no error page or stack trace", async () => {
    for (const origin of ["https://evil.example", "null"]) {
      const response = await fetch(`${baseUrl}/signin`, {
        method: "POST",
        headers: { Origin: origin, "Next-Action": "0123456789abcdef0123456789abcdef01234567", "Content-Type": "text/plain;charset=UTF-8" },
        body: "[]",
      });
      expect(response.status, origin).toBe(403);
      expect(response.headers.get("content-type")).toMatch(/^application\/problem\+json/);
      expectCommonHeaders(response);
      const body = await response.text();
      expect(body).not.toMatch(/\bat .+:\d+:\d+|node_modules|Error:/);
      expect(JSON.parse(body)).toMatchObject({ status: 403, title: "Forbidden" });
    }
  });

  it("leaves the build's static files alone: cacheable, and loaded without a policy of their own", async () => {
    const html = await (await fetch(`${baseUrl}/`)).text();
    const asset = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
    expect(asset).toBeDefined();
    const response = await fetch(`${baseUrl}${asset}`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toMatch(/immutable/);
    expect(response.headers.get("content-security-policy")).toBeNull();
    // The floor of next.config.ts: no sniffing a script into something else, no framing.
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("runs the page's scripts under the policy: no violation, and the client-side navigation works", async () => {
    const page = await browser.newPage();
    const errors = watchForPageErrors(page);
    const violations: string[] = [];
    page.on("console", (message) => {
      if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) violations.push(message.text());
    });
    // The sign-in page and the dashboard are open to everyone, so this needs no account.
    await page.goto(`${baseUrl}/signin`);
    await page.getByRole("heading", { level: 1, name: "Sign in" }).waitFor();
    // Violations are reported inside the page even when not logged; the marker survives only a
    // client-side navigation, which needs the router's scripts to have run.
    await page.evaluate(() => {
      const state = window as unknown as { cspViolations: string[]; stillTheSameDocument: boolean };
      state.cspViolations = [];
      state.stillTheSameDocument = true;
      document.addEventListener("securitypolicyviolation", (event) =>
        state.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
      );
    });
    // Signed out there is no workspace menu; the product name in the header is the router's link home.
    await page.getByRole("banner").getByRole("link", { name: "Breachdesk", exact: true }).click();
    await page.getByRole("heading", { level: 1, name: "Dashboard" }).waitFor();
    const state = await page.evaluate(() => {
      const { cspViolations, stillTheSameDocument } = window as unknown as { cspViolations?: string[]; stillTheSameDocument?: boolean };
      return { cspViolations, stillTheSameDocument };
    });
    expect(state.stillTheSameDocument).toBe(true);
    expect(state.cspViolations).toEqual([]);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("crafted sign-in redirects", () => {
  const crafted = ["https://evil.example/x", "https://evil.example:99999/", "http://[", "javascript:alert(1)"];

  async function csrf(): Promise<{ token: string; cookie: string }> {
    const response = await fetch(`${baseUrl}/api/auth/csrf`);
    const cookie = response.headers
      .getSetCookie()
      .map((line) => line.split(";")[0])
      .join("; ");
    return { token: ((await response.json()) as { csrfToken: string }).csrfToken, cookie };
  }

  it.each(crafted)("a sign-in posted with callbackUrl %s stays on this site, no 500", async (callbackUrl) => {
    const { token, cookie } = await csrf();
    const response = await fetch(`${baseUrl}/api/auth/callback/credentials`, {
      method: "POST",
      redirect: "manual",
      headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookie },
      body: new URLSearchParams({ csrfToken: token, email: "nobody@example.org", password: "wrong password", callbackUrl }),
    });
    expect(response.status).toBeLessThan(500);
    const location = response.headers.get("location");
    if (location) expect(new URL(location, baseUrl).origin).toBe(new URL(baseUrl).origin);
    expect(await response.text()).not.toMatch(/\bat .+:\d+:\d+|node_modules/);
  });

  it.each(crafted)("a sign-in link with callbackUrl %s leads to a page of this site", async (callbackUrl) => {
    const response = await fetch(`${baseUrl}/api/auth/signin?callbackUrl=${encodeURIComponent(callbackUrl)}`, { redirect: "manual" });
    expect(response.status).toBe(302);
    const location = new URL(response.headers.get("location")!, baseUrl);
    expect(location.origin).toBe(new URL(baseUrl).origin);
    expect(location.searchParams.get("callbackUrl") ?? baseUrl).not.toContain("evil.example");
  });

  it("a planted callback cookie neither breaks the session endpoint nor leads away", async () => {
    for (const value of ["http://[", "https://evil.example/x"]) {
      const response = await fetch(`${baseUrl}/api/auth/session`, {
        headers: { Cookie: `next-auth.callback-url=${encodeURIComponent(value)}` },
      });
      expect(response.status, value).toBe(200);
    }
  });
});
