/**
 * The client's address as the server saw it. `next start` fills x-forwarded-for from the socket; behind
 * a reverse proxy, configure the proxy to set it. Only the first address is taken.
 */
export function clientIp(headers: { get(name: string): string | null } | Record<string, unknown>): string | null {
  const read = (name: string): string | null => {
    if (typeof (headers as { get?: unknown }).get === "function") return (headers as { get(n: string): string | null }).get(name);
    const value = (headers as Record<string, unknown>)[name];
    return typeof value === "string" ? value : Array.isArray(value) ? String(value[0]) : null;
  };
  const forwarded = read("x-forwarded-for")?.split(",")[0]?.trim();
  const address = forwarded || read("x-real-ip")?.trim() || null;
  return address ? address.replace(/^::ffff:/, "").slice(0, 64) : null;
}
