import { checkHealth } from "@/lib/server/health";

export const dynamic = "force-dynamic";

/** Liveness and readiness in one: 200 once the database answers, 503 otherwise. */
export async function GET() {
  const health = await checkHealth();
  return Response.json(health, {
    status: health.status === "ok" ? 200 : 503,
    headers: { "Cache-Control": "no-store" },
  });
}
