export const dynamic = "force-dynamic";

/**
 * Answers at once without touching the database, the keys or a session: a load balancer's cheapest check, and
 * the baseline the through-the-server benches compare pages with (what the framework itself costs per request).
 */
export function GET() {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
