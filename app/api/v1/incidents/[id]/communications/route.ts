import { created } from "@/lib/server/api/responses";
import { withApi } from "@/lib/server/api/with-api";
import { createCommunicationDraftParsed } from "@/lib/server/communications/create-communication-draft";
import { listCommunications } from "@/lib/server/communications/get-communication";
import { communicationCreateSchema, type CommunicationCreate } from "@/lib/schemas/communication";

type Params = { id: string };

/** The incident's communications to the people affected (Art. 34), newest first. */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => listCommunications(ctx, actor, { incidentId: params.id }));

/**
 * A draft communication: { language, channel: email | letter | public_notice, recipients?: [{ name, email?,
 * postalAddress? }] } (docs/INTERFACES.md section 2). 201 with its Location; larger lists go to .../recipients as CSV.
 */
export const POST = withApi<Params, CommunicationCreate>(
  async ({ ctx, actor, body }) => {
    const result = await createCommunicationDraftParsed(ctx, actor, body);
    return result.ok ? created(result.value, `/api/v1/communications/${encodeURIComponent(result.value.communication.id)}`) : result;
  },
  { body: { schema: communicationCreateSchema, fromPath: (params) => ({ incidentId: params.id }) } },
);
