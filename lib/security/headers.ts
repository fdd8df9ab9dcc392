/*
 * The security headers of every response, as one pure function so each rule is unit-tested and
 * proxy.ts only applies the result. Pages carry patients' health data: the policy is strict by default
 * and relaxed only where a named need (React's development tooling) requires it, and only there.
 */

export interface SecurityHeaderOptions {
  /** "page": HTML rendered by the app; "data": JSON or a file, which never needs to run or load anything. */
  kind: ResponseKind;
  /** The public base URL (APP_URL): https turns on HSTS and upgrade-insecure-requests. */
  appUrl: string;
  /** `next dev`: React needs eval for its debugging aids and injects unnonced styles. */
  development: boolean;
  /** Required for pages: Next.js reads it back from the request's CSP and puts it on its own tags. */
  nonce?: string;
}

/** Two years, the figure the HSTS preload list asks for. */
const HSTS_MAX_AGE = 63_072_000;

/** Powerful features a breach desk never uses; denying them means an injected script cannot either. */
const DENIED_FEATURES = [
  "accelerometer",
  "camera",
  "display-capture",
  "geolocation",
  "gyroscope",
  "magnetometer",
  "microphone",
  "payment",
  "usb",
];

export type ResponseKind = "page" | "data";

/**
 * Route handlers answer data, not pages: the JSON API and every download (attachments, which users
 * uploaded; PDFs, packets, the register's CSV and PDF, letters). Every route handler outside /api must be
 * matched here (a unit test walks app/ for them): headers set by the proxy take precedence over the
 * handler's own (Next.js adds a handler's header only when absent), so a download would otherwise get
 * the page policy, which lets a document run scripts.
 */
const DATA_ROUTES = [
  /^\/api\//,
  /^\/incidents\/[^/]+\/attachments(\/|$)/,
  /^\/incidents\/[^/]+\/assessment\/pdf\/?$/,
  /^\/incidents\/[^/]+\/(communications|notification)\/download\/?$/,
  /^\/incidents\/[^/]+\/notification\/packet(\/|$)/,
  /^\/register\/export\.(csv|pdf)\/?$/,
];

export function responseKind(pathname: string): ResponseKind {
  return DATA_ROUTES.some((route) => route.test(pathname)) ? "data" : "page";
}

export function isHttps(appUrl: string): boolean {
  return appUrl.trim().toLowerCase().startsWith("https://");
}

function pagePolicy(options: SecurityHeaderOptions): string[] {
  const nonce = options.nonce;
  if (!nonce) throw new Error("A page's Content-Security-Policy needs a nonce");
  const scripts = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"];
  if (options.development) scripts.push("'unsafe-eval'");
  // Production: Next.js puts the nonce on every <style> and <script> it writes, so styles need nothing
  // inline. Development: the dev overlay and hot reloading inject styles without it (the CSP guide's
  // development variant), and a nonce in the list would make browsers ignore 'unsafe-inline'.
  const styles = options.development ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src ${styles.join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
}

/**
 * Data is never a document: it may load nothing, run nothing and be framed by nobody, and an uploaded
 * file opened in the browser runs sandboxed, with no access to the app's origin.
 */
function dataPolicy(): string[] {
  return ["default-src 'none'", "frame-ancestors 'none'", "base-uri 'none'", "form-action 'none'", "sandbox"];
}

export function contentSecurityPolicy(options: SecurityHeaderOptions): string {
  const directives = options.kind === "page" ? pagePolicy(options) : dataPolicy();
  if (options.kind === "page" && isHttps(options.appUrl)) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * The headers that do not depend on the request: next.config.ts sets them on every answer, the build's
 * static files included, as a floor under the proxy's (which also sets them, with the policy and caching).
 */
export function staticSecurityHeaders(): Record<string, string> {
  return {
    "X-Content-Type-Options": "nosniff",
    // Other sites learn nothing, not even which practice's server a link was followed from (as with
    // no-referrer). Not no-referrer itself: under it the Fetch standard sends "Origin: null" on POSTs, and
    // Next.js refuses a Server Action whose Origin is not this host (Chromium still sends the origin for
    // fetch, but a form posted before hydration or another browser may follow the standard).
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    "Permissions-Policy": DENIED_FEATURES.map((feature) => `${feature}=()`).join(", "),
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
  };
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": contentSecurityPolicy(options),
    ...staticSecurityHeaders(),
    // Every page and answer may hold health data: no shared cache, no browser disk cache, no back-button
    // copy after signing out. The app's pages are rendered per request anyway (the nonce needs that).
    "Cache-Control": "no-store",
  };
  if (isHttps(options.appUrl)) headers["Strict-Transport-Security"] = `max-age=${HSTS_MAX_AGE}; includeSubDomains`;
  return headers;
}
