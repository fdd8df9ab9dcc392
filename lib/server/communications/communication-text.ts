import { toFieldErrors } from "@/lib/schemas/field-errors";
import {
  communicationRefSchema,
  communicationTextSchema,
  type CommunicationRefInput,
  type CommunicationTextInput,
} from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { editedTextHash, NAME_PLACEHOLDER, readContent, renderForRecipient, sealDraftContent, type EditedText } from "./frozen-content";
import { loadMessageInput } from "./message-input";

export interface CommunicationText {
  subject: string;
  text: string;
  /** True once the DPO has written her own wording; false while the text is the one built from the facts. */
  edited: boolean;
  sha256: string | null;
}

/** The text the editor opens with: the DPO's wording, or the one built from the facts with "{name}" in it. */
export async function getCommunicationText(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<CommunicationText>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const found = await findCommunicationFor(ctx.db, actor, parsed.data.communicationId, "read");
  if (!found.ok) return found;
  const communication = found.value;
  const content = readContent(communication);
  if (content.edited)
    return ok({ subject: content.edited.subject, text: content.edited.text, edited: true, sha256: content.edited.sha256 });
  const messageInput = content.state === "approved" ? content.input : await loadMessageInput(ctx.db, communication.incidentId);
  if (!messageInput) return notFound("No such communication.");
  const rendered = renderForRecipient(messageInput, communication.language, NAME_PLACEHOLDER);
  if (!rendered.ok)
    return invalid(
      rendered.missing.map((item) => ({ field: `message.${item}`, problem: "is missing: the message cannot be written without it" })),
    );
  return ok({ subject: rendered.message.subject, text: rendered.message.text, edited: false, sha256: null });
}

/**
 * The DPO words the letter or e-mail herself before approving it. The text is sealed with its hash; an edit
 * of an approved communication takes the approval back (she approves the new text). The audit trail keeps each
 * edit by its hash, never the text, which may name a patient.
 */
export async function editCommunicationText(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationTextInput,
): Promise<ServiceResult<{ sha256: string; approvalVoided: boolean }>> {
  const parsed = communicationTextSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId, subject, text } = parsed.data;
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, communicationId, "approve");
    if (!found.ok) return found;
    const communication = found.value;
    if (communication.channel === "public_notice")
      return invalid([{ field: "text", problem: "cannot be edited here: a public notice is written from the facts" }]);
    if (communication.status !== "draft" && communication.status !== "approved")
      return conflict(`This communication is already ${communication.status}: its text can no longer change.`);
    const edited: EditedText = { subject, text, sha256: editedTextHash(subject, text), editedAt: now.toISOString() };
    const approvalVoided = communication.status === "approved";
    await tx.communication.update({
      where: { id: communicationId },
      data: { content: sealDraftContent(communicationId, edited), subject, status: "draft", approvedById: null, approvedAt: null },
    });
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.text.edit",
        organizationId: communication.incident.organizationId,
        incidentId: communication.incidentId,
        detail: { communicationId, language: communication.language, textSha256: edited.sha256, approvalVoided },
      },
      now,
    );
    return ok({ sha256: edited.sha256, approvalVoided });
  });
}
