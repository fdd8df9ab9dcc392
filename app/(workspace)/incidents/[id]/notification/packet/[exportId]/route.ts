import { Readable } from "node:stream";
import { contentDisposition } from "@/lib/server/http/content-disposition";
import { currentActor } from "@/lib/server/auth/current-actor";
import { readExportedPacket } from "@/lib/server/packet/export-packet";
import { defaultContext } from "@/lib/server/service-context";

/** Streams an exported packet (audited "packet.download") to someone who may export that incident's packet. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; exportId: string }> }) {
  const { id, exportId } = await params;
  const actor = await currentActor();
  const plain = (status: number, text: string) =>
    new Response(text, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
  if (!actor) return plain(401, "Sign in to download this packet.");
  if (actor.needsTwoFactor) return plain(403, "Set up two-factor authentication first.");
  const result = await readExportedPacket(await defaultContext(), actor, { incidentId: id, exportId });
  if (!result.ok) return plain(result.error === "forbidden" ? 403 : 404, "No such packet.");
  return new Response(Readable.toWeb(result.value.stream) as ReadableStream<Uint8Array>, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(result.value.size),
      "Content-Disposition": contentDisposition(result.value.fileName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
    },
  });
}
