/**
 * Where next-auth may send someone after signing in or out: a path of this app, or a full URL of this
 * origin; anything else (another host, `//host`, `javascript:`, a URL that does not parse) goes to the
 * start page. Never throws: next-auth's own rule calls `new URL()` unguarded, which answered 500.
 */
export function safeCallbackUrl(url: string, baseUrl: string): string {
  const base = new URL(baseUrl);
  if (url.startsWith("/") && !url.startsWith("//") && !url.startsWith("/\\")) {
    const resolved = parseUrl(url, base);
    if (resolved?.origin === base.origin) return resolved.href;
    return base.origin;
  }
  const parsed = parseUrl(url);
  return parsed && (parsed.protocol === "http:" || parsed.protocol === "https:") && parsed.origin === base.origin
    ? parsed.href
    : base.origin;
}

/** Whether a stored callback value is one next-auth can use as it is (its own check rejects the others with a 500). */
export function isSafeCallbackUrl(url: string, baseUrl: string): boolean {
  const parsed = parseUrl(url, new URL(baseUrl));
  return parsed !== null && safeCallbackUrl(url, baseUrl) === parsed.href;
}

function parseUrl(url: string, base?: URL): URL | null {
  try {
    return new URL(url, base);
  } catch {
    return null;
  }
}
