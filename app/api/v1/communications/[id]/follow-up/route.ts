import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { followUpUnreachedParsed } from "@/lib/server/communications/follow-up-unreached";
import { communicationFollowUpSchema, type CommunicationFollowUp } from "@/lib/schemas/communication";

type Params = { id: string };

/**
 * A new draft for the people this communication did not reach: `{ "channel": "letter" }` (or email,
 * public_notice). 201 with the draft, how many were not reached, how many it covers, and who lacks the
 * address the channel needs; 409 when the communication reached everyone or has not finished.
 */
export const POST = withApi<Params, CommunicationFollowUp>(
  async ({ ctx, actor, body }) => {
    const result = await followUpUnreachedParsed(ctx, actor, body);
    return result.ok ? created(result.value, `/api/v1/communications/${encodeURIComponent(result.value.communication.id)}`) : result;
  },
  { body: { schema: communicationFollowUpSchema, fromPath: (params) => ({ communicationId: params.id }) } },
);
