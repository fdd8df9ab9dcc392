import { toFieldErrors } from "@/lib/schemas/field-errors";
import {
  communicationCreateSchema,
  recipientInputSchema,
  type CommunicationCreate,
  type CommunicationCreateInput,
  type Recipient,
} from "@/lib/schemas/communication";
import type { Actor } from "@/lib/server/actor";
import { appendAudit } from "@/lib/server/audit/append-audit";
import { findIncidentFor } from "@/lib/server/incidents/find-incident";
import { changedBy } from "@/lib/server/incidents/permissions";
import { forbidden, invalid, ok, type ServiceResult } from "@/lib/server/result";
import { parsingEntry } from "@/lib/server/parse-input";
import type { ServiceContext } from "@/lib/server/service-context";
import { writeTransaction } from "@/lib/server/transaction";
import { deniedCommunication, mayCommunicate } from "./communication-access";
import { toCommunicationDto, type CommunicationDto } from "./communication-dto";
import { insertDraft } from "./draft-row";
import { storeRecipients } from "./recipients-store";

export interface CreatedCommunication {
  communication: CommunicationDto;
  recipientsAdded: number;
  recipientsMerged: number;
}

/** The entry for an input nobody parsed yet (the CLI, scripts, tests): parsed here, once. */
export const createCommunicationDraft = parsingEntry<CommunicationCreateInput, CommunicationCreate, CreatedCommunication>(
  communicationCreateSchema,
  createCommunicationDraftParsed,
);

/** A new draft letter, e-mail or public notice for an incident's affected people (manager or DPO). */
export async function createCommunicationDraftParsed(
  ctx: ServiceContext,
  actor: Actor,
  input: CommunicationCreate,
): Promise<ServiceResult<CreatedCommunication>> {
  const { incidentId, language, channel } = input;
  const recipients: Recipient[] = [];
  const problems = [];
  for (const [index, raw] of (input.recipients ?? []).entries()) {
    const recipient = recipientInputSchema.safeParse(raw);
    if (!recipient.success) problems.push(...toFieldErrors(recipient.error, ["recipients", index]));
    else if (channel === "letter" && !recipient.data.postalAddress)
      problems.push({ field: `recipients.${index}.postalAddress`, problem: "is required: a letter needs a postal address" });
    else if (channel === "email" && !recipient.data.email && !recipient.data.postalAddress)
      problems.push({ field: `recipients.${index}.email`, problem: "is required (or a postal address): this person cannot be reached" });
    else recipients.push(recipient.data);
  }
  if (channel === "public_notice" && recipients.length + problems.length > 0)
    problems.push({ field: "recipients", problem: "must be empty: a public notice is published, not addressed to people" });
  if (problems.length > 0) return invalid(problems);
  const now = ctx.now();

  return writeTransaction(ctx.db, ctx.provider, async (tx) => {
    const found = await findIncidentFor(tx, actor, incidentId, "read");
    if (!found.ok) return found;
    const organizationId = found.value.organizationId;
    if (!mayCommunicate(actor, organizationId, "edit")) return forbidden(deniedCommunication.edit);
    const created = await insertDraft(tx, {
      incidentId,
      language,
      channel,
      organisationName: found.value.organization.name,
      createdById: changedBy(actor),
      now,
    });
    const stored = await storeRecipients(tx, created.id, recipients);
    await appendAudit(
      tx,
      actor,
      {
        action: "communication.create",
        organizationId,
        incidentId,
        detail: {
          communicationId: created.id,
          language,
          channel,
          recipientsAdded: stored.added,
          recipientsMerged: stored.mergedPositions.length,
        },
      },
      now,
    );
    return ok({
      communication: toCommunicationDto(created),
      recipientsAdded: stored.added,
      recipientsMerged: stored.mergedPositions.length,
    });
  });
}
