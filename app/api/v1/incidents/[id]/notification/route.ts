import { notificationRefSchema, type NotificationRef } from "@/lib/schemas/notification-ref";
import { getNotificationDraftParsed } from "@/lib/server/notification/get-notification-draft";
import { withApi } from "@/lib/server/api/with-api";

/** The Art. 33 notification draft for the competent (or a named: ?authority) authority, and the items still missing. */
export const GET = withApi<{ id: string }, unknown, NotificationRef>(
  async ({ ctx, actor, query }) => getNotificationDraftParsed(ctx, actor, query),
  { query: { spec: { text: ["authority"] }, schema: notificationRefSchema, fromPath: (params) => ({ incidentId: params.id }) } },
);
