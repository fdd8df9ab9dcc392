import { contentDisposition } from "@/lib/server/http/content-disposition";
import { currentActor } from "@/lib/server/auth/current-actor";
import { exportIncidentDocument } from "@/lib/server/notification/export-documents";
import { defaultContext } from "@/lib/server/service-context";

/** The assessment document (decisions, rationale, versions, timeline) as a PDF download. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const actor = await currentActor();
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!actor) return plain(401, "Sign in to download this document.");
  if (actor.needsTwoFactor) return plain(403, "Set up two-factor authentication first.");
  const result = await exportIncidentDocument(
    await defaultContext(),
    actor,
    { incidentId: id, document: "assessment" },
    { locale: actor.locale },
  );
  if (!result.ok) return plain(result.error === "forbidden" ? 403 : 404, "No such document.");
  return new Response(new Uint8Array(result.value.bytes), {
    headers: {
      "Content-Type": result.value.contentType,
      "Content-Disposition": contentDisposition(result.value.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
