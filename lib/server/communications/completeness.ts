import { checkCommunicationCompleteness, type CommunicationMissingItem } from "@/lib/domain/communication";
import type { NotificationInput } from "@/lib/domain/notification/types";
import type { Db } from "@/lib/db/client";
import type { Tx } from "@/lib/server/transaction";
import { renderForRecipient, renderPublicNotice } from "./frozen-content";

/**
 * What still stands between a draft and its approval: the Art. 34(2) items the incident lacks, people to
 * send it to (unless it is a public notice), and a message that renders in the chosen language.
 */
export async function missingForApproval(
  db: Db | Tx,
  communication: { id: string; channel: string; language: string },
  input: NotificationInput,
): Promise<CommunicationMissingItem[]> {
  const missing = checkCommunicationCompleteness(input);
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
