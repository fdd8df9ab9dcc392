import type { RecipientsImportReport } from "@/lib/schemas/answers/communication-status";
import { toFieldErrors } from "@/lib/schemas/field-errors";
import { recipientsCsvImportSchema, type CommunicationChannel, type RecipientsCsvImportInput } from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { findCommunicationFor } from "./communication-access";
import { readRecipientsCsv } from "./recipients-csv";
import { EDITABLE_STATUSES, reopenIfApproved, storeRecipients } from "./recipients-store";

/**
 * Adds the people of a CSV file to a communication, row by row: every good row is kept, every bad row is
 * reported with its line number and reason, and repeated addresses are merged. Only the counts go into
 * the audit trail, never a name or an address.
 */
export async function importRecipientsCsv(
  ctx: ServiceContext,
  actor: Actor,
  input: RecipientsCsvImportInput,
): Promise<ServiceResult<RecipientsImportReport>> {
  const parsed = recipientsCsvImportSchema.safeParse(input);
  if (!parsed.success) return invalid(toFieldErrors(parsed.error));
  const { communicationId, csv } = parsed.data;
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findCommunicationFor(tx, actor, communicationId, "edit");
    if (!found.ok) return found;
    const communication = found.value;
    if (communication.channel === "public_notice")
      return invalid([{ field: "csv", problem: "cannot be imported: a public notice is published, not addressed to people" }]);
    if (!EDITABLE_STATUSES.includes(communication.status))
      return conflict(`This communication is ${communication.status}: its list of people can no longer change.`);
    const read = readRecipientsCsv(csv, communication.channel as CommunicationChannel);
    if (read.fileProblem) return invalid([{ field: "csv", problem: read.fileProblem }]);
    const stored = await storeRecipients(tx, communicationId, read.recipients);
    const mergedWithList = stored.mergedPositions.map((position) => ({
      line: read.recipients[position]!.line,
      mergedInto: "a person already on the list",
    }));
    const merged = [
      ...read.merged.map((entry) => ({ line: entry.line, mergedInto: `line ${entry.mergedIntoLine}` })),
      ...mergedWithList,
    ].sort((a, b) => a.line - b.line);
    const reopened = stored.added > 0 ? await reopenIfApproved(tx, communicationId) : false;
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.recipients.import",
        organizationId: communication.incident.organizationId,
        incidentId: communication.incidentId,
        detail: { communicationId, added: stored.added, rejected: read.rejected.length, merged: merged.length, reopened },
      },
      now,
    );
    return ok({ added: stored.added, rejected: read.rejected, merged, reopened });
  });
}
