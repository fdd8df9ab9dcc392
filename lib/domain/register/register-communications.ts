import { formatForPeople } from "@/lib/domain/deadlines";

/*
 * The Art. 34 communications of one incident as the register records them: when, how, in which language, how
 * many people were reached and how many were not, and which notice (its subject and id: the approved text is
 * kept with the communication). Pure: rows are loaded by lib/server/register.
 */
export interface RegisterCommunication {
  communicationId: string;
  /** When the e-mails started to go out, or when the letters were posted or the notice published. */
  sentAt: string | null;
  /** email | letter | public_notice */
  channel: string;
  language: string;
  /** sending | sent | partially_failed */
  status: string;
  /** People reached and not reached; null for a public notice, which has no list of people. */
  reached: number | null;
  notReached: number | null;
  /** E-mails still waiting to go out. */
  waiting: number;
  /** The notice's subject: with the id, the reference to the text sent. */
  subject: string;
  /** How the letters were posted, or where the notice was published, as recorded. */
  via: string | null;
}

const CHANNEL: Record<string, string> = { email: "e-mail", letter: "letter", public_notice: "public notice" };

/** One line per communication, e.g. "27 Mar 2026, 10:00 CET · letter (fr) · 120 reached, 3 not reached · "Subject" (ref c1)". */
export function communicationInWords(communication: RegisterCommunication, timeZone: string): string {
  const when = communication.sentAt ? formatForPeople(new Date(communication.sentAt), timeZone) : "date not recorded";
  const channel = `${CHANNEL[communication.channel] ?? communication.channel} (${communication.language})`;
  const counts =
    communication.reached === null
      ? communication.via
        ? `published: ${communication.via}`
        : "published"
      : [
          `${communication.reached} reached`,
          `${communication.notReached ?? 0} not reached`,
          ...(communication.waiting ? [`${communication.waiting} still being sent`] : []),
        ].join(", ");
  return `${when} · ${channel} · ${counts} · “${communication.subject}” (ref ${communication.communicationId})`;
}

export function communicationsInWords(communications: readonly RegisterCommunication[], timeZone: string): string {
  return communications.length ? communications.map((communication) => communicationInWords(communication, timeZone)).join("\n") : "none";
}
