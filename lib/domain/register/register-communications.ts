/*
 * The Art. 34 communications of one incident as the register records them: when, how, in which language, how
 * many people were reached and how many were not, and which notice (its subject and id: the approved text is
 * kept with the communication). Pure: rows are loaded by lib/server/register; register-words.ts words them.
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
