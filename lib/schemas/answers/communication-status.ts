/*
 * What the server answers about a communication's sending and its CSV import. Types only, so client
 * components can name them without importing lib/server (docs/ARCHITECTURE.md, the layers).
 */

export interface CommunicationStatus {
  /** draft | approved | sending | sent | partially_failed */
  status: string;
  /** docs/INTERFACES.md section 2: failed includes bounced. */
  counts: { queued: number; sent: number; failed: number };
  progress: {
    /** People who get an e-mail (the others get a printed letter). */
    emailRecipients: number;
    letterRecipients: number;
    pending: number;
    queued: number;
    sent: number;
    failed: number;
    bounced: number;
    /** 0..1 of the e-mails that reached an end (sent, failed or bounced). */
    done: number;
  };
}

/** A CSV row that was not kept, with its line number and the reason. */
export interface RowProblem {
  line: number;
  reason: string;
}

export interface RecipientsImportReport {
  /** Rows kept as new people. */
  added: number;
  /** Rows with a problem, each with its line number and the reason: nothing was kept from them. */
  rejected: RowProblem[];
  /** Rows whose e-mail address was already listed (earlier in the file or before): merged into that person. */
  merged: Array<{ line: number; mergedInto: string }>;
  /** True when an approved communication went back to draft because its list changed. */
  reopened: boolean;
}
