import { isJsonObject } from "@/lib/server/api/json-object";
import { withApi } from "@/lib/server/api/with-api";
import { recordOfflineDelivery } from "@/lib/server/communications/record-offline-delivery";

type Params = { id: string };

/**
 * The DPO records that the approved letters were posted (`sentAt`, optional `how` and `notPosted`) or the
 * public notice published (`sentAt`, `where`): the communication becomes sent. E-mails are sent with /send.
 */
export const POST = withApi<Params>(async ({ ctx, actor, params, body }) =>
  recordOfflineDelivery(ctx, actor, { ...(isJsonObject(body) ? body : {}), communicationId: params.id } as never),
);
