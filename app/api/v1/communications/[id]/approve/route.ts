import { withApi } from "@/lib/server/api/with-api";
import { approveCommunication } from "@/lib/server/communications/approve-communication";

type Params = { id: string };

/** The DPO approves the communication (DPO only; 422 lists what is still missing). */
export const POST = withApi<Params>(async ({ ctx, actor, params }) => approveCommunication(ctx, actor, { communicationId: params.id }));
