import { normaliseEmail, type Recipient } from "@/lib/schemas/communication";
import { newRowId } from "@/lib/server/crypto/new-row-id";
import { at, blindIndex, seal, sealOptional } from "@/lib/server/crypto/sealed-text";
import type { Tx } from "@/lib/server/transaction";

export interface StoredRecipients {
  added: number;
  /** Positions (in the input) whose e-mail address was already on the list: merged, not added twice. */
  mergedPositions: number[];
}

const INSERT_CHUNK = 500;

/** The keyed digest of the normalised address: equal addresses find each other without being readable. */
export const emailDigestOf = (email: string | null): string | null => (email ? blindIndex(normaliseEmail(email)) : null);

/**
 * Adds people to a communication, sealed at rest, after those already listed and in the input's order (the
 * `position` every list of people is sorted by). An address already on the list (or earlier in this
 * input) is merged: one person, one message. The unique index on (communicationId, emailDigest) is the
 * last guard; the check here keeps that index from ever firing in normal use.
 */
export async function storeRecipients(tx: Tx, communicationId: string, recipients: readonly Recipient[]): Promise<StoredRecipients> {
  const digests = recipients.map((recipient) => emailDigestOf(recipient.email));
  const wanted = [...new Set(digests.filter((digest): digest is string => digest !== null))];
  const existing = new Set<string>();
  for (let start = 0; start < wanted.length; start += INSERT_CHUNK) {
    const rows = await tx.recipient.findMany({
      where: { communicationId, emailDigest: { in: wanted.slice(start, start + INSERT_CHUNK) } },
      select: { emailDigest: true },
    });
    for (const row of rows) if (row.emailDigest) existing.add(row.emailDigest);
  }
  const last = await tx.recipient.aggregate({ where: { communicationId }, _max: { position: true } });
  let nextPosition = (last._max.position ?? 0) + 1;
  const mergedPositions: number[] = [];
  const rows: Array<{
    id: string;
    communicationId: string;
    name: string;
    email: string | null;
    postalAddress: string | null;
    emailDigest: string | null;
    position: number;
  }> = [];
  recipients.forEach((recipient, position) => {
    const digest = digests[position] ?? null;
    if (digest && existing.has(digest)) {
      mergedPositions.push(position);
      return;
    }
    if (digest) existing.add(digest);
    const id = newRowId();
    rows.push({
      id,
      communicationId,
      name: seal(recipient.name, at("recipient", "name", id)),
      email: sealOptional(recipient.email, at("recipient", "email", id)),
      postalAddress: sealOptional(recipient.postalAddress, at("recipient", "postalAddress", id)),
      emailDigest: digest,
      position: nextPosition++,
    });
  });
  for (let start = 0; start < rows.length; start += INSERT_CHUNK) {
    await tx.recipient.createMany({ data: rows.slice(start, start + INSERT_CHUNK) });
  }
  return { added: rows.length, mergedPositions };
}

/**
 * Changing who receives an approved message means the DPO approves again: the approval covered a list of
 * people, not only a text. Returns true when the communication went back to draft.
 */
export async function reopenIfApproved(tx: Tx, communicationId: string): Promise<boolean> {
  const reopened = await tx.communication.updateMany({
    where: { id: communicationId, status: "approved" },
    data: { status: "draft", approvedById: null, approvedAt: null },
  });
  return reopened.count === 1;
}

/** A communication whose sending started can no longer change its list. */
export const EDITABLE_STATUSES = ["draft", "approved"];

/** SMTP replies often quote the address; the stored error keeps the reason, not the person. */
export function withoutAddresses(text: string): string {
  return text.replace(/<?[^\s<>@]+@[^\s<>@]+>?/g, "<address>").slice(0, 1000);
}
