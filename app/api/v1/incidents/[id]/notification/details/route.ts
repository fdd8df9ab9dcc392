import { isJsonObject } from "@/lib/server/api/json-object";
import { withApi } from "@/lib/server/api/with-api";
import { getNotificationDetails } from "@/lib/server/notification/get-notification-details";
import { updateNotificationDetails } from "@/lib/server/notification/update-notification-details";
import { invalid } from "@/lib/server/result";
import type { NotificationDetailsUpdateInput } from "@/lib/schemas/notification-details";

type Params = { id: string };

/** The facts the notification template asks for beyond the intake, and the incident version to send back. */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => getNotificationDetails(ctx, actor, { incidentId: params.id }));

/** Replaces them as a whole; `version` must be the one read (a stale one answers 409 with what changed). */
export const PUT = withApi<Params>(async ({ ctx, actor, params, body }) => {
  if (!isJsonObject(body)) return invalid([{ field: "body", problem: "must be a JSON object" }]);
  // The id is the URL's, whatever the body says.
  return updateNotificationDetails(ctx, actor, { ...body, incidentId: params.id } as NotificationDetailsUpdateInput);
});
