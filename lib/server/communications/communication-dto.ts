import { at, openMaybeSealedOptional, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";
import type { CommunicationRow } from "./communication-access";

/** A communication as the UI and the API see it: never the raw row, never the sealed content. */
export interface CommunicationDto {
  id: string;
  incidentId: string;
  incidentReference: string;
  language: string;
  channel: "email" | "letter" | "public_notice";
  /** draft | approved | sending | sent | partially_failed */
  status: string;
  subject: string;
  approvedById: string | null;
  approvedAt: string | null;
  sendStartedAt: string | null;
  /** Letters posted or notice published, as the DPO recorded it (null for e-mail: see each person's sentAt). */
  sentAt: string | null;
  /** How the letters were posted ("registered mail") or where the notice was published. */
  sentVia: string | null;
  /** A follow-up names the communication whose unreached people it writes to. */
  followUpOfId: string | null;
  createdAt: string;
  updatedAt: string;
}

export function toCommunicationDto(row: CommunicationRow): CommunicationDto {
  return {
    id: row.id,
    incidentId: row.incidentId,
    incidentReference: row.incident.reference,
    language: row.language,
    channel: row.channel as CommunicationDto["channel"],
    status: row.status,
    subject: row.subject,
    approvedById: row.approvedById,
    approvedAt: row.approvedAt?.toISOString() ?? null,
    sendStartedAt: row.sendStartedAt?.toISOString() ?? null,
    sentAt: row.sentAt?.toISOString() ?? null,
    sentVia: unsealOptional(row.sentVia, at("communication", "sentVia", row.id)),
    followUpOfId: row.followUpOfId,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export const recipientSelect = {
  id: true,
  name: true,
  email: true,
  postalAddress: true,
  status: true,
  attempts: true,
  lastError: true,
  messageId: true,
  sentAt: true,
  sentMessage: { select: { messageId: true, attempts: true } },
} as const;

export interface RecipientRow {
  id: string;
  name: string;
  email: string | null;
  postalAddress: string | null;
  status: string;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  sentAt: Date | null;
  sentMessage: { messageId: string | null; attempts: number } | null;
}

/** One person, decrypted for the people allowed to see the list. */
export interface RecipientDto {
  id: string;
  name: string;
  email: string | null;
  postalAddress: string | null;
  /** pending | queued | sent | failed | bounced */
  status: string;
  attempts: number;
  lastError: string | null;
  messageId: string | null;
  sentAt: string | null;
}

export function toRecipientDto(row: RecipientRow): RecipientDto {
  return {
    id: row.id,
    name: unseal(row.name, at("recipient", "name", row.id)),
    email: unsealOptional(row.email, at("recipient", "email", row.id)),
    postalAddress: unsealOptional(row.postalAddress, at("recipient", "postalAddress", row.id)),
    status: row.status,
    attempts: row.sentMessage?.attempts ?? row.attempts,
    lastError: openMaybeSealedOptional(row.lastError, at("recipient", "lastError", row.id)),
    messageId: row.sentMessage?.messageId ?? row.messageId,
    sentAt: row.sentAt?.toISOString() ?? null,
  };
}
