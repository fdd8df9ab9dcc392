import { isJsonObject } from "@/lib/server/api/json-object";
import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { followUpUnreached } from "@/lib/server/communications/follow-up-unreached";
import type { CommunicationFollowUpInput } from "@/lib/schemas/communication";

type Params = { id: string };

/**
 * A new draft for the people this communication did not reach: `{ "channel": "letter" }` (or email,
 * public_notice). 201 with the draft, how many were not reached, how many it covers, and who lacks the
 * address the channel needs; 409 when the communication reached everyone or has not finished.
 */
export const POST = withApi<Params>(async ({ ctx, actor, params, body }) => {
  const input = { ...(isJsonObject(body) ? body : {}), communicationId: params.id } as CommunicationFollowUpInput;
  const result = await followUpUnreached(ctx, actor, input);
  return result.ok ? created(result.value, `/api/v1/communications/${encodeURIComponent(result.value.communication.id)}`) : result;
});
