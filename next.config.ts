import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";
import { staticSecurityHeaders } from "./lib/security/headers";

const nextConfig: NextConfig = {
  // Native drivers and the Prisma runtime load from node_modules at run time instead of being bundled.
  serverExternalPackages: [
    "@libsql/client",
    "libsql",
    "pg",
    "@prisma/adapter-libsql",
    "@prisma/adapter-pg",
    "@prisma/client",
    "pdf-lib",
    "@pdf-lib/fontkit",
    "dejavu-fonts-ttf",
    "yazl",
    "yauzl",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // `npm run typecheck` (in CI) checks the whole project, tests and scripts included; the build need not repeat it.
  typescript: { ignoreBuildErrors: true },
  // Evidence uploads pass through proxy.ts (security headers); let them reach the 25 MB attachment limit,
  // which the attachment service enforces itself while streaming.
  experimental: { proxyClientMaxBodySize: "30mb" },
  // Browsers ask for /favicon.ico before they read a page's icon link, which Next.js streams late in the body of a
  // dynamic page: without this, a 404 in the console on every first visit. The app's one icon is app/icon.svg.
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  // A floor for answers the proxy does not see (the build's static files) or might miss; the proxy adds
  // the Content-Security-Policy, which depends on the request.
  async headers() {
    const headers = Object.entries(staticSecurityHeaders()).map(([key, value]) => ({ key, value }));
    return [{ source: "/:path*", headers }];
  },
};

// The request's language and messages come from lib/i18n/request.ts (docs/I18N.md).
export default createNextIntlPlugin("./lib/i18n/request.ts")(nextConfig);
