import { toFieldErrors } from "@/lib/schemas/field-errors";
import { recipientRefSchema, type RecipientRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { at, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { auditRead } from "@/lib/server/incidents/audit-read";
import { invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { findCommunicationFor } from "./communication-access";
import { messageOf, readContent } from "./frozen-content";
import { loadMessageInput } from "./message-input";

export interface RecipientPreview {
  recipientId: string;
  /** The person's name and postal address: a letter is headed with them, never with an e-mail address. */
  name: string;
  postalAddress: string | null;
  to: string | null;
  subject: string;
  text: string;
  html: string;
  /** True when this is the approved (frozen) content; false while a draft follows the incident's current facts. */
  frozen: boolean;
}

/**
 * Exactly what this person would receive: the approved content with their name (or, for a draft, the
 * incident's current facts). Missing items come back as an invalid result naming them.
 */
export async function previewForRecipient(
  ctx: ServiceContext,
  actor: Actor,
  input: RecipientRefInput,
): Promise<ServiceResult<RecipientPreview>> {
  const parsed = recipientRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId, recipientId } = parsed.data;
  const found = await findCommunicationFor(ctx.db, actor, communicationId, "read");
  if (!found.ok) return found;
  const communication = found.value;
  const recipient = await ctx.db.recipient.findFirst({
    where: { id: recipientId, communicationId },
    select: { id: true, name: true, email: true, postalAddress: true },
  });
  if (!recipient) return notFound("No such person on this communication.");
  const content = readContent(communication);
  const messageInput = content.state === "approved" ? content.input : await loadMessageInput(ctx.db, communication.incidentId);
  if (!messageInput) return notFound("No such communication.");
  const name = unseal(recipient.name, at("recipient", "name", recipient.id));
  const built = messageOf(content, messageInput, communication.language);
  if (!built.ok)
    return invalid(
      built.missing.map((item) => ({ field: `message.${item}`, problem: "is missing: the message cannot be written without it" })),
    );
  const rendered = { message: built.message.forName(name) };
  await auditRead(ctx, actor, {
    action: "communication.preview",
    organizationId: communication.incident.organizationId,
    incidentId: communication.incidentId,
    detail: { communicationId, recipientId },
  });
  return ok({
    recipientId,
    name,
    postalAddress: unsealOptional(recipient.postalAddress, at("recipient", "postalAddress", recipient.id)),
    to: unsealOptional(recipient.email, at("recipient", "email", recipient.id)),
    subject: rendered.message.subject,
    text: rendered.message.text,
    html: rendered.message.html,
    frozen: content.state === "approved",
  });
}
