import { NextResponse, type NextRequest } from "next/server";
import { readEnv } from "@/lib/config/env";
import { responseKind, securityHeaders } from "@/lib/security/headers";
import { createNonce } from "@/lib/security/nonce";

/**
 * Security headers on every page and data answer (rules in lib/security/headers.ts). A page gets a fresh
 * nonce, passed on in the request's Content-Security-Policy header, where Next.js reads it to mark the
 * scripts and styles it renders. These headers win over a route handler's own of the same name.
 * Authorization is not done here: services decide it (shared/DESIGN.md).
 */
export function proxy(request: NextRequest) {
  const kind = responseKind(request.nextUrl.pathname);
  const nonce = kind === "page" ? createNonce() : undefined;
  const headers = securityHeaders({
    kind,
    nonce,
    appUrl: readEnv().appUrl,
    development: process.env.NODE_ENV === "development",
  });

  const requestHeaders = new Headers(request.headers);
  if (nonce) {
    requestHeaders.set("x-nonce", nonce);
    requestHeaders.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  }
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  matcher: [
    // The JSON API, prefetches included: nosniff and the rest matter for data too.
    "/api/:path*",
    // Pages. Not the build's static files (immutable, cached by browsers) nor image optimisation, and not
    // router prefetches, which carry no HTML for a nonce to protect (the CSP guide's matcher).
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
