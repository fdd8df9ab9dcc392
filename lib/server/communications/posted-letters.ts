import { at, seal, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import { conflict, invalid, ok, type ServiceResult } from "@/lib/server/result";
import type { Tx } from "@/lib/server/transaction";
import type { CommunicationRow } from "./communication-access";
import { messageOf, readContent, type PersonalisableMessage } from "./frozen-content";
import { withoutAddresses } from "./recipients-store";

/** People read, sealed and written per statement: bounded memory and well under the bound-parameter limits. */
const BATCH = 500;

export interface LetterPlan {
  /** recipientId -> why that letter was not posted. */
  exceptions: Map<string, string>;
  message: PersonalisableMessage;
}

/**
 * Checks the letters about to be recorded as posted, writing nothing: every exception names a person of this
 * communication, at least one letter was posted, and the approved letter can be written.
 */
export async function checkLetterExceptions(
  tx: Tx,
  communication: CommunicationRow,
  notPosted: ReadonlyArray<{ recipientId: string; reason: string }>,
): Promise<ServiceResult<LetterPlan>> {
  const known = new Set<string>();
  for (let start = 0; start < notPosted.length; start += BATCH) {
    const ids = notPosted.slice(start, start + BATCH).map((entry) => entry.recipientId);
    const rows = await tx.recipient.findMany({ where: { communicationId: communication.id, id: { in: ids } }, select: { id: true } });
    for (const row of rows) known.add(row.id);
  }
  const unknown = notPosted.flatMap((entry, index) =>
    known.has(entry.recipientId) ? [] : [{ field: `notPosted.${index}.recipientId`, problem: "is not a person on this communication" }],
  );
  if (unknown.length > 0) return invalid(unknown);
  const people = await tx.recipient.count({ where: { communicationId: communication.id } });
  if (notPosted.length >= people) {
    return invalid([{ field: "notPosted", problem: "lists every person: if no letter was posted, there is nothing to record yet" }]);
  }
  const content = readContent(communication);
  if (content.state !== "approved") return conflict("Only an approved communication can be recorded as posted: the DPO approves it first.");
  const message = messageOf(content, content.input, communication.language);
  if (!message.ok)
    return invalid(
      message.missing.map((item) => ({ field: `message.${item}`, problem: "is missing: the letter cannot be written without it" })),
    );
  // A reason is shown beside the person, sealed at rest; an e-mail address typed into it is masked as well.
  const exceptions = new Map(notPosted.map((entry) => [entry.recipientId, withoutAddresses(entry.reason)]));
  return ok({ exceptions, message: message.message });
}

/**
 * Marks the exceptions failed with their reason, then every other person of the communication sent at
 * `sentAt`, keeping for each the letter exactly as printed (the same text the printable PDF holds), sealed
 * in SentMessage like an e-mail as sent. Returns how many letters were posted.
 */
export async function writePostedLetters(tx: Tx, communication: CommunicationRow, plan: LetterPlan, sentAt: Date): Promise<number> {
  const communicationId = communication.id;
  // One statement per person: each reason is sealed for its own row.
  for (const [recipientId, reason] of plan.exceptions) {
    await tx.recipient.updateMany({
      where: { communicationId, id: recipientId },
      data: { status: "failed", lastError: seal(reason, at("recipient", "lastError", recipientId)) },
    });
  }

  let posted = 0;
  let after: number | undefined;
  for (;;) {
    const people = await tx.recipient.findMany({
      where: { communicationId, status: "pending", ...(after !== undefined ? { position: { gt: after } } : {}) },
      orderBy: { position: "asc" },
      take: BATCH,
      select: { id: true, name: true, postalAddress: true, position: true },
    });
    if (people.length === 0) break;
    const sent = people.map((person) => {
      const name = unseal(person.name, at("recipient", "name", person.id));
      const letter = plan.message.forName(name);
      const content = {
        channel: "letter",
        to: unsealOptional(person.postalAddress, at("recipient", "postalAddress", person.id)),
        name,
        subject: letter.subject,
        text: letter.text,
      };
      return {
        recipientId: person.id,
        communicationId,
        content: seal(JSON.stringify(content), at("sentMessage", "content", person.id)),
        messageId: null,
        sentAt,
        attempts: 1,
      };
    });
    await tx.sentMessage.createMany({ data: sent });
    await tx.recipient.updateMany({
      where: { communicationId, id: { in: people.map((person) => person.id) } },
      data: { status: "sent", sentAt, attempts: 1, lastError: null },
    });
    posted += people.length;
    after = people.at(-1)!.position;
    if (people.length < BATCH) break;
  }
  return posted;
}
