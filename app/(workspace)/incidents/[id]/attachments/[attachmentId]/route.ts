import { contentDisposition } from "@/lib/server/http/content-disposition";
import { currentActor } from "@/lib/server/auth/current-actor";
import { readAttachment } from "@/lib/server/incidents/attachments/read-attachment";
import { defaultContext } from "@/lib/server/service-context";

/**
 * Downloads an attachment for someone who may read its incident. Always as a download, never shown inline,
 * and never sniffed: evidence can be anything, including HTML pretending to be text. (proxy.ts adds the
 * sandboxing Content-Security-Policy of data routes.)
 */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; attachmentId: string }> }) {
  const { id, attachmentId } = await params;
  const actor = await currentActor();
  const plain = (status: number, text: string) =>
    new Response(text, {
      status,
      headers: { "Content-Type": "text/plain; charset=utf-8", "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store" },
    });
  if (!actor) return plain(401, "Sign in to download this file.");
  if (actor.needsTwoFactor) return plain(403, "Set up two-factor authentication first.");
  const result = await readAttachment(await defaultContext(), actor, { attachmentId });
  // Another incident's attachment under this incident's path is answered as not found too.
  if (!result.ok || result.value.attachment.incidentId !== id)
    return plain(result.ok || result.error === "not_found" ? 404 : 403, "No such file.");
  const { attachment, content } = result.value;
  return new Response(new Uint8Array(content), {
    status: 200,
    headers: {
      "Content-Type": attachment.contentType,
      "Content-Length": String(content.byteLength),
      "Content-Disposition": contentDisposition(attachment.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
