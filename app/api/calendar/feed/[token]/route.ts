import { problemResponse } from "@/lib/server/api/problem";
import { clientIp } from "@/lib/server/auth/client-ip";
import { actorFromCalendarToken } from "@/lib/server/deadlines/calendar-token";
import { deadlineFeed } from "@/lib/server/deadlines/deadline-calendar";
import { defaultContext } from "@/lib/server/service-context";

export const dynamic = "force-dynamic";

/**
 * The personal subscription feed: calendar programs cannot sign in, so the secret token in the URL is the
 * credential. A wrong or revoked token is a plain 404, the same as a URL that never existed.
 */
export async function GET(request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const ctx = await defaultContext();
  const actor = await actorFromCalendarToken(ctx, token.replace(/\.ics$/, ""), clientIp(request.headers));
  if (!actor) return problemResponse("/api/calendar/feed", 404, "No such calendar.");
  const result = await deadlineFeed(ctx, actor);
  if (!result.ok) return problemResponse("/api/calendar/feed", 404, "No such calendar.");
  return new Response(result.value.text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="breachdesk-deadlines.ics"',
      "Cache-Control": "private, no-store",
      "Referrer-Policy": "no-referrer",
    },
  });
}
