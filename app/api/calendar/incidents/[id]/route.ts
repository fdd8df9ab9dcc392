import { problemResponse } from "@/lib/server/api/problem";
import { currentActor } from "@/lib/server/auth/current-actor";
import { incidentCalendar } from "@/lib/server/deadlines/deadline-calendar";
import { defaultContext } from "@/lib/server/service-context";

export const dynamic = "force-dynamic";

/** One incident's open deadlines as an .ics file, for the signed-in person. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const instance = new URL(request.url).pathname;
  const actor = await currentActor();
  if (!actor || actor.needsTwoFactor) return problemResponse(instance, 401, "Sign in to download this calendar.");
  const { id } = await params;
  const result = await incidentCalendar(await defaultContext(), actor, id);
  if (!result.ok) return problemResponse(instance, 404, "No such incident.");
  const safeName = result.value.fileName.replace(/[^\w.-]/g, "_");
  return new Response(result.value.text, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${safeName}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
