import { communicationTextSchema } from "@/lib/schemas/communication";
import { withApi } from "@/lib/server/api/with-api";
import { editCommunicationText, getCommunicationText } from "@/lib/server/communications/communication-text";

type Params = { id: string };

/** The text the DPO approves: her own wording once she wrote one, else the text built from the facts ("{name}" in it). */
export const GET = withApi<Params>(async ({ ctx, actor, params }) => getCommunicationText(ctx, actor, { communicationId: params.id }));

/**
 * The DPO words the letter or e-mail herself, in the communication's language: { subject, text }, judged by the
 * same schema as the page's form (communicationTextSchema). An approved communication goes back to draft.
 */
export const PUT = withApi<Params, { communicationId: string; subject: string; text: string }>(
  async ({ ctx, actor, body }) => editCommunicationText(ctx, actor, body),
  { body: { schema: communicationTextSchema, fromPath: (params) => ({ communicationId: params.id }) } },
);
