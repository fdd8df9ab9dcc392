/**
 * A Server Action posted from another site. Next.js refuses it too, but by throwing, which answers 500
 * with an error page; the proxy answers a plain 403 first. The rule is Next.js's own: the Origin header's
 * host must be the host the request was sent to (X-Forwarded-Host behind a proxy). A request without
 * Origin (old browsers) is left to Next.js, which lets it through as before.
 */
export function isCrossOriginServerAction(request: { method: string; headers: Headers }): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (origin === null) return false;
  const host = (request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? "").split(",")[0]!.trim().toLowerCase();
  try {
    return new URL(origin).host.toLowerCase() !== host;
  } catch {
    // "null" (a sandboxed page, a privacy redirect) or garbage: not this site.
    return true;
  }
}
