import { withApi } from "@/lib/server/api/with-api";
import { getCommunicationStatus } from "@/lib/server/communications/communication-status";
import { sendCommunication } from "@/lib/server/communications/send-communication";

type Params = { id: string };

/**
 * Queues one e-mail per person (DPO only) and answers 202 at once: the outbox worker delivers, and
 * GET /communications/{id} reports the progress. Sending again enqueues nothing new.
 */
export const POST = withApi<Params>(async ({ ctx, actor, params }) => {
  const sent = await sendCommunication(ctx, actor, { communicationId: params.id });
  if (!sent.ok) return sent;
  const status = await getCommunicationStatus(ctx, actor, { communicationId: params.id });
  if (!status.ok) return status;
  const location = `/api/v1/communications/${encodeURIComponent(params.id)}`;
  return Response.json({ ...status.value, enqueued: sent.value.enqueued }, { status: 202, headers: { Location: location } });
});
