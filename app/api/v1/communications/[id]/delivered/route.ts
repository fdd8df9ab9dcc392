import { offlineDeliverySchema, type OfflineDelivery } from "@/lib/schemas/communication";
import { withApi } from "@/lib/server/api/with-api";
import { recordOfflineDeliveryParsed } from "@/lib/server/communications/record-offline-delivery";

type Params = { id: string };

/**
 * The DPO records that the approved letters were posted (`sentAt`, optional `how` and `notPosted`) or the
 * public notice published (`sentAt`, `where`): the communication becomes sent. E-mails are sent with /send.
 */
export const POST = withApi<Params, OfflineDelivery>(async ({ ctx, actor, body }) => recordOfflineDeliveryParsed(ctx, actor, body), {
  body: { schema: offlineDeliverySchema, fromPath: (params) => ({ communicationId: params.id }) },
});
