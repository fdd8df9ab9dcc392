/** A communication's stored states (the API's enum) and the words people read for them. */
export const COMMUNICATION_STATUSES = ["draft", "approved", "sending", "sent", "partially_failed"] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

export const COMMUNICATION_STATUS_LABELS: Record<CommunicationStatus, string> = {
  draft: "Draft, not approved yet",
  approved: "Approved by the DPO, not sent yet",
  sending: "Being sent",
  sent: "Sent",
  partially_failed: "Sent, but some people were not reached",
};

export const LANGUAGE_LABELS: Record<string, string> = { en: "English", fr: "French", cs: "Czech", de: "German" };

/** An unknown value (a state added later) still reads as words, never as an id with underscores. */
export function communicationStatusLabel(status: string): string {
  return COMMUNICATION_STATUS_LABELS[status as CommunicationStatus] ?? status.replace(/_/g, " ");
}
