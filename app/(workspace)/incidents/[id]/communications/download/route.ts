import { contentDisposition } from "@/lib/server/http/content-disposition";
import { currentActor } from "@/lib/server/auth/current-actor";
import { communicationLettersPdf, publicNoticePdf } from "@/lib/server/communications/communication-documents";
import { isCommunicationOfVisibleIncident } from "@/lib/server/communications/communication-of-incident";
import { defaultContext } from "@/lib/server/service-context";

/**
 * Downloads of a communication: ?communication=<id>&document=letters|public-notice, as PDF attachments.
 * The services decide who may have them (letters: manager or DPO; notice: anyone who can read the incident).
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id: incidentId } = await params;
  const url = new URL(request.url);
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  const actor = await currentActor();
  if (!actor) return plain(401, "Sign in to download this document.");
  if (actor.needsTwoFactor) return plain(403, "Set up two-factor authentication first.");
  const ctx = await defaultContext();
  const communicationId = url.searchParams.get("communication") ?? "";
  // Another practice's incident, or a communication of another incident, is simply not there.
  if (!(await isCommunicationOfVisibleIncident(ctx, actor, incidentId, communicationId))) return plain(404, "Not found.");
  const document = url.searchParams.get("document");
  if (document !== "letters" && document !== "public-notice") return plain(400, "document must be letters or public-notice.");
  const result =
    document === "letters"
      ? await communicationLettersPdf(ctx, actor, { communicationId })
      : await publicNoticePdf(ctx, actor, { communicationId });
  if (!result.ok) {
    const status = result.error === "forbidden" ? 403 : result.error === "conflict" ? 409 : result.error === "invalid" ? 400 : 404;
    return plain(
      status,
      result.error === "invalid" ? "The document cannot be written yet: see the missing items on the page." : result.message,
    );
  }
  return new Response(new Uint8Array(result.value.bytes), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": contentDisposition(result.value.filename),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
