import { reachProblem, recipientAddSchema, type RecipientAddInput } from "@/lib/schemas/communication";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { EDITABLE_STATUSES, reopenIfApproved, storeRecipients } from "./recipients-store";

export interface RecipientAdded {
  /** True when an approved communication went back to draft because its list changed. */
  reopened: boolean;
}

/**
 * Adds one person to a communication, by the rules a CSV row follows. An address already on the list is
 * refused rather than merged silently, so the person typing it knows. The audit trail gets no name or address.
 */
export async function addRecipient(ctx: ServiceContext, actor: Actor, input: RecipientAddInput): Promise<ServiceResult<RecipientAdded>> {
  const parsed = recipientAddSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId, recipient } = parsed.data;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, communicationId, "edit");
    if (!found.ok) return found;
    const communication = found.value;
    if (communication.channel === "public_notice")
      return invalid([{ field: "recipient", problem: "cannot be added: a public notice is published, not addressed to people" }]);
    if (!EDITABLE_STATUSES.includes(communication.status))
      return conflict(`This communication is ${communication.status}: its list of people can no longer change.`);
    const unreachable = reachProblem(communication.channel, recipient);
    if (unreachable) return invalid([{ field: `recipient.${unreachable.field}`, problem: unreachable.reason }]);
    const stored = await storeRecipients(tx, communicationId, [recipient]);
    if (stored.added === 0) return invalid([{ field: "recipient.email", problem: "is already on the list" }]);
    const reopened = await reopenIfApproved(tx, communicationId);
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.recipients.add",
        organizationId: communication.incident.organizationId,
        incidentId: communication.incidentId,
        detail: { communicationId, added: 1, reopened },
      },
      now,
    );
    return ok({ reopened });
  });
}
