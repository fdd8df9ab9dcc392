import { toFieldErrors } from "@/lib/schemas/field-errors";
import { recipientRefSchema, type RecipientRefInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, invalid, notFound, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { EDITABLE_STATUSES, reopenIfApproved } from "./recipients-store";

/** Takes one person off the list before sending; an approved communication goes back to draft. */
export async function removeRecipient(
  ctx: ServiceContext,
  actor: Actor,
  input: RecipientRefInput,
): Promise<ServiceResult<{ removed: true; reopened: boolean }>> {
  const parsed = recipientRefSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId, recipientId } = parsed.data;
  const now = ctx.now();
  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, communicationId, "edit");
    if (!found.ok) return found;
    if (!EDITABLE_STATUSES.includes(found.value.status))
      return conflict(`This communication is ${found.value.status}: its list of people can no longer change.`);
    const deleted = await tx.recipient.deleteMany({ where: { id: recipientId, communicationId } });
    if (deleted.count === 0) return notFound("No such person on this communication.");
    const reopened = await reopenIfApproved(tx, communicationId);
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.recipient.remove",
        organizationId: found.value.incident.organizationId,
        incidentId: found.value.incidentId,
        detail: { communicationId, recipientId, reopened },
      },
      now,
    );
    return ok({ removed: true as const, reopened });
  });
}
