import { contentDisposition } from "@/lib/server/http/content-disposition";
import { currentActor } from "@/lib/server/auth/current-actor";
import { exportIncidentDocument } from "@/lib/server/notification/export-documents";
import { exportNotification } from "@/lib/server/notification/get-notification-draft";
import { defaultContext } from "@/lib/server/service-context";

/**
 * Downloads of the notification draft: ?format=pdf|json (&authority=cnil), or ?document=register-entry.
 * Always as an attachment; every download is audited by its service.
 */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const url = new URL(request.url);
  const actor = await currentActor();
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!actor) return plain(401, "Sign in to download this document.");
  if (actor.needsTwoFactor) return plain(403, "Set up two-factor authentication first.");
  const ctx = await defaultContext();
  const authority = url.searchParams.get("authority") || undefined;
  const result =
    url.searchParams.get("document") === "register-entry"
      ? await exportIncidentDocument(ctx, actor, { incidentId: id, document: "register-entry" }, { locale: actor.locale })
      : await exportNotification(ctx, actor, {
          incidentId: id,
          format: url.searchParams.get("format") === "json" ? "json" : "pdf",
          ...(authority ? { authority } : {}),
        });
  if (!result.ok)
    return plain(
      result.error === "forbidden" ? 403 : result.error === "invalid" ? 400 : 404,
      result.error === "invalid" ? "Bad request." : "No such document.",
    );
  return new Response(new Uint8Array(result.value.bytes), {
    headers: {
      "Content-Type": result.value.contentType,
      "Content-Disposition": contentDisposition(result.value.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
