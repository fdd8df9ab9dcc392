import { Readable } from "node:stream";
import { formatForPeople } from "@/lib/domain/deadlines";
import { csvLine } from "@/lib/documents/csv";
import type { PacketFile } from "@/lib/documents/packet/write-packet";
import type { Db } from "@/lib/db/client";
import { readContent, renderPublicNotice } from "@/lib/server/communications/frozen-content";
import { at, openMaybeSealedOptional, unseal, unsealOptional } from "@/lib/server/crypto/sealed-text";

/*
 * The packet's part on telling the people affected (Art. 34): per communication, what was approved and how
 * it went out (e-mail by e-mail, letters posted, or the public notice and where it was published), and a
 * delivery log per person. Also the one line the register entry gives it.
 */

const RECIPIENT_BATCH = 1_000;

export const packetCommunicationSelect = {
  id: true,
  language: true,
  channel: true,
  status: true,
  subject: true,
  content: true,
  approvedAt: true,
  sendStartedAt: true,
  sentAt: true,
  sentVia: true,
  followUpOfId: true,
  createdAt: true,
} as const;

export interface PacketCommunication {
  id: string;
  language: string;
  channel: string;
  status: string;
  subject: string;
  content: string;
  approvedAt: Date | null;
  sendStartedAt: Date | null;
  sentAt: Date | null;
  sentVia: string | null;
  /** A follow-up names the communication whose unreached people it wrote to. */
  followUpOfId: string | null;
  createdAt: Date;
}

/** How it reached people, as recorded: for letters and a notice, the DPO's record of posting or publishing. */
function deliveryOf(communication: PacketCommunication) {
  const via = unsealOptional(communication.sentVia, at("communication", "sentVia", communication.id));
  const sentAt = communication.sentAt?.toISOString() ?? null;
  if (communication.channel === "letter") return { method: "letters posted", postedAt: sentAt, how: via };
  if (communication.channel === "public_notice") {
    const content = readContent(communication);
    const notice = content.state === "approved" ? renderPublicNotice(content.input, communication.language) : null;
    return {
      method: "public notice published",
      publishedAt: sentAt,
      where: via,
      notice: notice?.ok ? { subject: notice.message.subject, text: notice.message.text } : null,
    };
  }
  return { method: "e-mail, one per person (see delivery-log.csv)", sendStartedAt: communication.sendStartedAt?.toISOString() ?? null };
}

/** The files of each communication that reached (or is reaching) people, numbered in order. */
export function communicationFiles(db: Db, communications: readonly PacketCommunication[]): PacketFile[] {
  return communications.flatMap((communication, index) => {
    const folder = `communications/${String(index + 1).padStart(2, "0")}-${communication.channel}`;
    const { content, sentVia: _sealed, ...described } = communication;
    const message = {
      ...described,
      delivery: deliveryOf(communication),
      content: JSON.parse(unseal(content, at("communication", "content", communication.id))) as unknown,
    };
    const files: PacketFile[] = [{ path: `${folder}/message.json`, content: `${JSON.stringify(message, null, 2)}\n` }];
    // A public notice has no list of people: its record is the publication in message.json.
    if (communication.channel !== "public_notice") {
      files.push({
        path: `${folder}/delivery-log.csv`,
        content: () => Readable.from(deliveryLog(db, communication.id, communication.channel)),
      });
    }
    return files;
  });
}

const CHANNEL_WORDS: Record<string, string> = { email: "E-mail", letter: "Letters", public_notice: "Public notice" };

/** "Letters sent 2 Apr 2026, 10:00 CEST (registered mail)", one per communication, for the register entry. */
export function peopleToldLines(communications: readonly PacketCommunication[], timeZone: string): string[] {
  return communications.map((communication) => {
    const verb =
      communication.channel === "letter" ? "posted" : communication.channel === "public_notice" ? "published" : communication.status;
    const when = communication.sentAt ? ` ${formatForPeople(communication.sentAt, timeZone)}` : "";
    const via = unsealOptional(communication.sentVia, at("communication", "sentVia", communication.id));
    const partly = communication.status === "partially_failed" ? " (some not reached)" : "";
    return `${CHANNEL_WORDS[communication.channel] ?? communication.channel} ${verb}${when}${via ? ` (${via})` : ""}${partly}`;
  });
}

/** j***@example.org: enough to tell messages apart in a delivery log, not a mailing list. */
function maskEmail(email: string | null): string {
  if (!email) return "";
  const [local, domain] = email.split("@");
  return domain ? `${(local ?? "").slice(0, 1)}***@${domain}` : "***";
}

export const DELIVERY_LOG_HEADER = "recipient,email,status,attempts,sentAt,messageId,lastError,via";

/** One delivery-log line: the error text comes from mail servers, so it goes through the shared CSV guard. */
export function deliveryLogLine(entry: {
  id: string;
  email: string | null;
  status: string;
  attempts: number;
  sentAt: Date | null;
  messageId: string | null;
  lastError: string | null;
  via: string;
}): string {
  return csvLine([
    entry.id,
    maskEmail(entry.email),
    entry.status,
    entry.attempts,
    entry.sentAt?.toISOString() ?? null,
    entry.messageId,
    entry.lastError,
    entry.via,
  ]);
}

/**
 * One line per recipient with the delivery outcome; names are left out, addresses masked. `via` says whether
 * the person was written to by e-mail or by post (a letter communication, or an e-mail one's people without
 * an address).
 */
async function* deliveryLog(db: Db, communicationId: string, channel: string): AsyncGenerator<Buffer> {
  yield Buffer.from(`${DELIVERY_LOG_HEADER}\n`);
  let after: number | undefined;
  for (;;) {
    // In the order people were added, as the communication's page lists them.
    const rows = await db.recipient.findMany({
      where: { communicationId, ...(after !== undefined ? { position: { gt: after } } : {}) },
      orderBy: { position: "asc" },
      take: RECIPIENT_BATCH,
      select: {
        id: true,
        position: true,
        email: true,
        status: true,
        attempts: true,
        sentAt: true,
        messageId: true,
        lastError: true,
        sentMessage: { select: { messageId: true } },
      },
    });
    if (rows.length === 0) return;
    const lines = rows.map((r) => {
      const email = r.email ? unseal(r.email, at("recipient", "email", r.id)) : null;
      const via = channel === "letter" || !email ? "letter" : "email";
      const lastError = openMaybeSealedOptional(r.lastError, at("recipient", "lastError", r.id));
      return deliveryLogLine({ ...r, email, messageId: r.sentMessage?.messageId ?? r.messageId, lastError, via });
    });
    yield Buffer.from(`${lines.join("\n")}\n`);
    after = rows.at(-1)!.position;
  }
}
