import { toFieldErrors } from "@/lib/schemas/field-errors";
import { communicationRefSchema, type CommunicationRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { changedBy } from "@/lib/server/incidents/permissions";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { communicationSelect, findCommunicationFor } from "./communication-access";
import { toCommunicationDto, type CommunicationDto } from "./communication-dto";
import { missingForApproval } from "./completeness";
import { readContent, renderForRecipient, renderPublicNotice, sealApprovedContent } from "./frozen-content";
import { loadMessageInput } from "./message-input";

/**
 * The DPO approves the communication: its content is frozen (sealed in Communication.content) exactly as
 * it is now, so what patients receive is what the DPO read. Refused while anything is missing.
 */
export async function approveCommunication(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationRefInput,
): Promise<ServiceResult<CommunicationDto>> {
  const parsed = communicationRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId } = parsed.data;
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, communicationId, "approve");
    if (!found.ok) return found;
    const communication = found.value;
    if (communication.status === "approved") return ok(toCommunicationDto(communication));
    if (communication.status !== "draft") return conflict(`This communication is already ${communication.status}.`);
    const messageInput = await loadMessageInput(tx, communication.incidentId);
    if (!messageInput) return notFound("No such communication.");
    const missing = await missingForApproval(tx, communication, messageInput);
    if (missing.length > 0) return invalid(missing.map((item) => ({ field: item.field, problem: item.message })));
    // The DPO's own wording, when she edited it, is what she approves: its hash goes into the audit trail.
    const { edited } = readContent(communication);
    const rendered =
      communication.channel === "public_notice"
        ? renderPublicNotice(messageInput, communication.language)
        : renderForRecipient(messageInput, communication.language, null);
    const approved = await tx.communication.update({
      where: { id: communicationId },
      data: {
        status: "approved",
        approvedById: changedBy(actor),
        approvedAt: now,
        content: sealApprovedContent(communicationId, messageInput, now, edited),
        ...(edited ? { subject: edited.subject } : rendered.ok ? { subject: rendered.message.subject } : {}),
      },
      select: communicationSelect,
    });
    const recipients = await tx.recipient.count({ where: { communicationId } });
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.approve",
        organizationId: communication.incident.organizationId,
        incidentId: communication.incidentId,
        detail: {
          communicationId,
          recipients,
          channel: communication.channel,
          language: communication.language,
          ...(edited ? { textSha256: edited.sha256 } : {}),
        },
      },
      now,
    );
    return ok(toCommunicationDto(approved));
  });
}
