import { checkCommunicationCompleteness, type CommunicationMissingItem, type MessageLanguage } from "@/lib/domain/communication";
import { checkEditedTextCompleteness } from "@/lib/domain/communication/edited-text-completeness";
import type { NotificationInput } from "@/lib/domain/notification/types";
import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/server/transaction";
import { readContent, renderForRecipient, renderPublicNotice } from "./frozen-content";

/** The incident's missing item (by its id's first part) that already covers a part the edited text lacks. */
const TEXT_PART_ON_INCIDENT: Record<string, string> = {
  "text.nature": "nature",
  "text.contact": "contact",
  "text.consequences": "consequences",
  "text.measures": "measures",
};

/**
 * What still stands between a draft and its approval: the Art. 34(2) items the incident lacks, people to
 * send it to (unless it is a public notice), and a message that renders in the chosen language. When the DPO
 * wrote her own wording, that text is what is approved and sent, so it is checked too: an edit must not drop
 * a part Art. 34(2) requires.
 */
export async function missingForApproval(
  db: Db | Tx,
  communication: { id: string; channel: string; language: string; content: string },
  input: NotificationInput,
): Promise<CommunicationMissingItem[]> {
  const missing = checkCommunicationCompleteness(input);
  const { edited } = readContent(communication);
  if (edited) {
    // A part the incident itself lacks is asked for once, on the incident, not again on the text.
    const lacking = missing.map((item) => item.id.split(".")[0]);
    const inText = checkEditedTextCompleteness(input, communication.language as MessageLanguage, edited);
    missing.push(...inText.filter((item) => !lacking.includes(TEXT_PART_ON_INCIDENT[item.id] ?? "")));
  }
  if (communication.channel !== "public_notice") {
    const people = await db.recipient.count({ where: { communicationId: communication.id } });
    if (people === 0)
      missing.push({
        id: "recipients",
        field: "recipients",
        message: "Add the people to write to (upload a CSV file or add them one by one).",
        requiredFor: "art34",
      });
  }
  if (missing.length === 0) {
    const rendered =
      communication.channel === "public_notice"
        ? renderPublicNotice(input, communication.language)
        : renderForRecipient(input, communication.language, "Name");
    if (!rendered.ok)
      missing.push({
        id: "message",
        field: "message",
        message: `The message cannot be written yet: missing ${rendered.missing.join(", ")}.`,
        requiredFor: "art34",
      });
  }
  return missing;
}
