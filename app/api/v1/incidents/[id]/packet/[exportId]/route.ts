import { Readable } from "node:stream";
import { readExportedPacket } from "@/lib/server/packet/export-packet";
import { withApi } from "@/lib/server/api/with-api";

/** Streams an exported packet (ZIP) without loading it into memory. */
export const GET = withApi<{ id: string; exportId: string }>(async ({ ctx, actor, params }) => {
  const result = await readExportedPacket(ctx, actor, { incidentId: params.id, exportId: params.exportId });
  if (!result.ok) return result;
  return new Response(Readable.toWeb(result.value.stream) as ReadableStream, {
    headers: {
      "Content-Type": "application/zip",
      "Content-Length": String(result.value.size),
      "Content-Disposition": `attachment; filename="${result.value.fileName.replace(/[^\w.-]/g, "_")}"`,
    },
  });
});
