import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { createCommunicationDraft } from "@/lib/server/communications/create-communication-draft";
import { listCommunications } from "@/lib/server/communications/get-communication";
import type { CommunicationCreateInput } from "@/lib/schemas/communication";
import { invalid } from "@/lib/server/result";

type Params = { id: string };

/** The incident's communications to the people affected (Art. 34), newest first. */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => listCommunications(ctx, actor, { incidentId: params.id }));

/**
 * A draft communication: { language, channel: email | letter | public_notice, recipients?: [{ name, email?,
 * postalAddress? }] } (docs/INTERFACES.md section 2). 201 with its Location; larger lists go to .../recipients as CSV.
 */
export const POST = withApi<Params>(async ({ ctx, actor, params, body }) => {
  if (typeof body !== "object" || body === null || Array.isArray(body))
    return invalid([{ field: "body", problem: "must be a JSON object" }]);
  // The service's schema judges every field; the body is passed on as it came, with the incident from the path.
  const input = { ...(body as object), incidentId: params.id } as CommunicationCreateInput;
  const result = await createCommunicationDraft(ctx, actor, input);
  return result.ok ? created(result.value, `/api/v1/communications/${encodeURIComponent(result.value.communication.id)}`) : result;
});
