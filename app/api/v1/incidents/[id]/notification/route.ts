import { getNotificationDraft } from "@/lib/server/notification/get-notification-draft";
import { withApi } from "@/lib/server/api/with-api";

/** The Art. 33 notification draft for the competent (or a named) authority, and the items still missing. */
export const GET = withApi<{ id: string }>(async ({ ctx, actor, params, url }) =>
  getNotificationDraft(ctx, actor, { incidentId: params.id, authority: url.searchParams.get("authority") ?? undefined }),
);
