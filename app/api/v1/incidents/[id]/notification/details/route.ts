import { withApi } from "@/lib/server/api/with-api";
import { getNotificationDetails } from "@/lib/server/notification/get-notification-details";
import { updateNotificationDetailsParsed } from "@/lib/server/notification/update-notification-details";
import { notificationDetailsUpdateSchema, type NotificationDetailsUpdate } from "@/lib/schemas/notification-details";

type Params = { id: string };

/** The facts the notification template asks for beyond the intake, and the incident version to send back. */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => getNotificationDetails(ctx, actor, { incidentId: params.id }));

/** Replaces them as a whole; `version` must be the one read (a stale one answers 409 with what changed). */
export const PUT = withApi<Params, NotificationDetailsUpdate>(
  async ({ ctx, actor, body }) => updateNotificationDetailsParsed(ctx, actor, body),
  {
    // The id is the URL's, whatever the body says.
    body: { schema: notificationDetailsUpdateSchema, fromPath: (params) => ({ incidentId: params.id }) },
  },
);
