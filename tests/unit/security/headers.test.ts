import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, responseKind, securityHeaders, type SecurityHeaderOptions } from "@/lib/security/headers";
import { createNonce } from "@/lib/security/nonce";

const page = (overrides: Partial<SecurityHeaderOptions> = {}): SecurityHeaderOptions => ({
  kind: "page",
  appUrl: "http://127.0.0.1:3000",
  development: false,
  nonce: "bm9uY2U=",
  ...overrides,
});

function directives(policy: string): Map<string, string> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values.join(" ")];
    }),
  );
}

describe("page Content-Security-Policy", () => {
  it("allows only this server's scripts and the ones carrying the request's nonce, in production", () => {
    const csp = directives(contentSecurityPolicy(page()));
    expect(csp.get("script-src")).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic'");
    expect(csp.get("style-src")).toBe("'self' 'nonce-bm9uY2U='");
    expect(csp.get("object-src")).toBe("'none'");
    expect(csp.get("base-uri")).toBe("'self'");
    expect(csp.get("form-action")).toBe("'self'");
    expect(csp.get("frame-ancestors")).toBe("'none'");
    expect(csp.get("img-src")).toBe("'self' data: blob:");
    expect(csp.get("connect-src")).toBe("'self'");
    expect(csp.get("default-src")).toBe("'self'");
  });

  it("never allows eval or inline code in production", () => {
    const policy = contentSecurityPolicy(page({ appUrl: "https://breachdesk.example.org" }));
    expect(policy).not.toContain("unsafe-eval");
    expect(policy).not.toContain("unsafe-inline");
  });

  it("adds 'unsafe-eval' for React's development tooling, and unnonced styles for the dev overlay, only in development", () => {
    const csp = directives(contentSecurityPolicy(page({ development: true })));
    expect(csp.get("script-src")).toBe("'self' 'nonce-bm9uY2U=' 'strict-dynamic' 'unsafe-eval'");
    expect(csp.get("style-src")).toBe("'self' 'unsafe-inline'");
  });

  it("upgrades insecure requests only when the app is served over https", () => {
    expect(directives(contentSecurityPolicy(page())).has("upgrade-insecure-requests")).toBe(false);
    const https = contentSecurityPolicy(page({ appUrl: "https://breachdesk.example.org" }));
    expect(https.endsWith("; upgrade-insecure-requests")).toBe(true);
  });

  it("refuses to build a page policy without a nonce (a bug in the caller, not a condition to handle)", () => {
    expect(() => contentSecurityPolicy(page({ nonce: undefined }))).toThrow(/nonce/);
  });
});

describe("data Content-Security-Policy (JSON, files)", () => {
  it("lets data load nothing, run nothing (sandboxed) and be framed by nobody, with no nonce needed", () => {
    const policy = contentSecurityPolicy({ kind: "data", appUrl: "https://x.example", development: true });
    expect(policy).toBe("default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox");
  });

  it.each([
    ["/api/health", "data"],
    ["/api/v1/incidents/abc", "data"],
    ["/incidents/cl123/attachments", "data"],
    ["/incidents/cl123/attachments/cl456", "data"],
    ["/", "page"],
    ["/api", "page"],
    ["/incidents", "page"],
    ["/incidents/cl123", "page"],
    ["/incidents/cl123/attachments-help", "page"],
    ["/settings/audit", "page"],
  ] as const)("%s is answered as %s", (pathname, kind) => {
    expect(responseKind(pathname)).toBe(kind);
  });
});

describe("the other security headers", () => {
  it("over http: no HSTS (a browser would refuse the plain-http app afterwards)", () => {
    const headers = securityHeaders(page());
    expect(headers).toEqual({
      "Content-Security-Policy": contentSecurityPolicy(page()),
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "same-origin",
      "X-Frame-Options": "DENY",
      "Permissions-Policy":
        "accelerometer=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
      "Cross-Origin-Opener-Policy": "same-origin",
      "Cross-Origin-Resource-Policy": "same-origin",
      "Cache-Control": "no-store",
    });
  });

  it("over https: HSTS for two years, subdomains included", () => {
    for (const kind of ["page", "data"] as const) {
      const headers = securityHeaders(page({ kind, appUrl: "HTTPS://breachdesk.example.org/" }));
      expect(headers["Strict-Transport-Security"]).toBe("max-age=63072000; includeSubDomains");
    }
  });

  it("gives data answers the same protections as pages", () => {
    const api = securityHeaders({ kind: "data", appUrl: "http://127.0.0.1:3000", development: false });
    const html = securityHeaders(page());
    const { "Content-Security-Policy": _apiCsp, ...apiRest } = api;
    const { "Content-Security-Policy": _pageCsp, ...pageRest } = html;
    expect(apiRest).toEqual(pageRest);
  });

  it("does not relax anything but the script and style sources in development", () => {
    const production = directives(contentSecurityPolicy(page()));
    const development = directives(contentSecurityPolicy(page({ development: true })));
    for (const name of production.keys()) {
      if (name !== "script-src" && name !== "style-src") expect(development.get(name)).toBe(production.get(name));
    }
  });
});

describe("nonces", () => {
  it("are 128 random bits, base64, different every time", () => {
    const seen = new Set(Array.from({ length: 200 }, () => createNonce()));
    expect(seen.size).toBe(200);
    for (const nonce of seen) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});
