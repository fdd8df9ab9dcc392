import { withApi } from "@/lib/server/api/with-api";
import { getCommunicationStatus } from "@/lib/server/communications/communication-status";
import { getCommunication } from "@/lib/server/communications/get-communication";
import { ok } from "@/lib/server/result";

type Params = { id: string };

/** { status, counts: { queued, sent, failed } } (docs/INTERFACES.md section 2), with the details and the progress. */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => {
  const detail = await getCommunication(ctx, actor, { communicationId: params.id });
  if (!detail.ok) return detail;
  const status = await getCommunicationStatus(ctx, actor, { communicationId: params.id });
  if (!status.ok) return status;
  return ok({ ...detail.value, status: status.value.status, counts: status.value.counts, progress: status.value.progress });
});
