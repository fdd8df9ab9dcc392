import { NextResponse, type NextRequest } from "next/server";
import { readEnv } from "@/lib/config/env";
import { responseKind, securityHeaders } from "@/lib/security/headers";
import { createNonce } from "@/lib/security/nonce";
import { isSafeCallbackUrl } from "@/lib/security/safe-redirect";
import { isCrossOriginServerAction } from "@/lib/security/server-action-origin";

/**
 * Security headers on every page and data answer (rules in lib/security/headers.ts). A page gets a fresh
 * nonce, passed on in the request's Content-Security-Policy header, where Next.js reads it to mark the
 * scripts and styles it renders. These headers win over a route handler's own of the same name.
 * Authorization is not done here: services decide it (docs/ARCHITECTURE.md, "How a request travels").
 */
export function proxy(request: NextRequest) {
  if (isCrossOriginServerAction(request)) {
    return problemResponse(403, "Forbidden", "This form was sent from another site; open the page in Breachdesk and send it again.");
  }
  const appUrl = readEnv().appUrl;
  const kind = responseKind(request.nextUrl.pathname);
  const nonce = kind === "page" ? createNonce() : undefined;
  const headers = securityHeaders({ kind, nonce, appUrl, development: process.env.NODE_ENV === "development" });

  const requestHeaders = new Headers(request.headers);
  const cookie = request.headers.get("cookie");
  const keptCookie = cookie === null ? null : withoutUnsafeCallbackCookie(cookie, appUrl);
  if (keptCookie !== cookie) requestHeaders.set("cookie", keptCookie ?? "");
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

/**
 * next-auth answers 500 to every request carrying a callback cookie it cannot parse (or one naming
 * another site); planted or stale, it is dropped, and next-auth sets a fresh one. The other cookies
 * pass byte for byte.
 */
function withoutUnsafeCallbackCookie(header: string, appUrl: string): string {
  const parts = header.split(";");
  const kept = parts.filter((part) => {
    const [name = "", ...rest] = part.split("=");
    if (!name.trim().endsWith("next-auth.callback-url")) return true;
    let value = rest.join("=").trim();
    try {
      value = decodeURIComponent(value);
    } catch {
      return false;
    }
    return isSafeCallbackUrl(value, appUrl);
  });
  return kept.length === parts.length ? header : kept.map((part) => part.trim()).join("; ");
}

/** An answer made here, before any route: with the data policy, like every API error (RFC 9457). */
function problemResponse(status: number, title: string, detail: string) {
  const headers = securityHeaders({ kind: "data", appUrl: readEnv().appUrl, development: process.env.NODE_ENV === "development" });
  return NextResponse.json(
    { type: "about:blank", title, status, detail },
    { status, headers: { ...headers, "Content-Type": "application/problem+json" } },
  );
}

export const config = {
  matcher: [
    // The JSON API, prefetches included: nosniff and the rest matter for data too.
    "/api/:path*",
    // Pages and downloads. Not the build's static files (immutable, cached by browsers) nor image
    // optimisation. Router prefetches too: the CSP guide leaves them out, but anyone can send the header,
    // and the answer would then carry no policy and no frame protection at all.
    "/((?!api/|_next/static|_next/image|favicon.ico).*)",
  ],
};
