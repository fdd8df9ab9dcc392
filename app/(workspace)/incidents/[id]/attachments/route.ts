import { isSameOrigin } from "@/lib/server/http/same-origin";
import { readEnv } from "@/lib/config/env";
import { currentActor } from "@/lib/server/auth/current-actor";
import { addAttachment } from "@/lib/server/incidents/attachments/add-attachment";
import { defaultContext } from "@/lib/server/service-context";

/**
 * Uploads evidence to an incident (a route handler rather than a server action: server actions stop at
 * 1 MB, evidence does not). Answers JSON: { id } or { message, fields: { file: "..." } }.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const json = (status: number, body: unknown) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });
  // The session cookie would ride along on a cross-site form post: only this site's pages may upload.
  const origin = request.headers.get("origin");
  if (!isSameOrigin(origin, request.headers.get("host")) && !isSameOrigin(origin, new URL(readEnv().appUrl).host))
    return json(403, { message: "Uploads are accepted from Breachdesk's own pages only.", fields: {} });
  const actor = await currentActor();
  if (!actor) return json(401, { message: "Your session has ended: sign in again.", fields: {} });
  if (actor.needsTwoFactor) return json(403, { message: "Set up two-factor authentication first.", fields: {} });
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return json(400, { message: "The upload could not be read.", fields: { file: "could not be read: try again" } });
  }
  const file = form.get("file");
  const purpose = form.get("purpose");
  const result = await addAttachment(await defaultContext(), actor, {
    incidentId: id,
    purpose: (typeof purpose === "string" && purpose ? purpose : "evidence") as "evidence",
    file: file instanceof Blob ? file : (undefined as unknown as Blob),
  });
  if (result.ok) return json(201, { id: result.value.id });
  if (result.error === "invalid")
    return json(400, { message: "The file was not attached.", fields: Object.fromEntries(result.fields.map((f) => [f.field, f.problem])) });
  return json(result.error === "not_found" ? 404 : 403, { message: result.message, fields: {} });
}

/** Nothing is listed here (the incident file lists its attachments): a GET is answered like any unknown address. */
export function GET() {
  return new Response("Not found.", {
    status: 404,
    headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff" },
  });
}
