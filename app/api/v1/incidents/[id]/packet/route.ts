import { exportPacket } from "@/lib/server/packet/export-packet";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";

/** Exports the submission packet; it is fetched from the returned location. */
export const POST = withApi<{ id: string }>(async ({ ctx, actor, params }) => {
  const result = await exportPacket(ctx, actor, { incidentId: params.id });
  if (!result.ok) return result;
  const location = `/api/v1/incidents/${params.id}/packet/${result.value.exportId}`;
  return created(
    {
      exportId: result.value.exportId,
      fileName: result.value.fileName,
      size: result.value.size,
      location,
      manifest: result.value.manifest,
    },
    location,
  );
});
