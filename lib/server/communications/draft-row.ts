import { newRowId } from "@/lib/server/crypto/new-row-id";
import { COMMUNICATION_TEMPLATES, fillPlaceholders, type MessageLanguage } from "@/lib/domain/communication";
import type { CommunicationChannel } from "@/lib/schemas/communication";
import type { Tx } from "@/lib/server/transaction";
import { communicationSelect, type CommunicationRow } from "./communication-access";
import { sealDraftContent } from "./frozen-content";

/** Statuses of the people a communication did not reach: the e-mail failed or bounced, the letter was not posted. */
export const UNREACHED_STATUSES = ["failed", "bounced"];

/**
 * A new draft row: its subject from the language's template with the practice's name, its content still
 * to be written from the incident. Access, validation and the audit entry are the caller's.
 */
export function insertDraft(
  tx: Tx,
  draft: {
    incidentId: string;
    language: string;
    channel: CommunicationChannel;
    organisationName: string;
    createdById: string;
    now: Date;
    followUpOfId?: string;
  },
): Promise<CommunicationRow> {
  const words = COMMUNICATION_TEMPLATES[draft.language as MessageLanguage];
  const filled = fillPlaceholders(draft.channel === "public_notice" ? words.public.subject : words.subject, {
    organisation: draft.organisationName,
  });
  const id = newRowId();
  return tx.communication.create({
    data: {
      id,
      incidentId: draft.incidentId,
      language: draft.language,
      channel: draft.channel,
      status: "draft",
      subject: filled.ok ? filled.text : words.subject,
      content: sealDraftContent(id),
      followUpOfId: draft.followUpOfId ?? null,
      createdById: draft.createdById,
      createdAt: draft.now,
    },
    select: communicationSelect,
  });
}
