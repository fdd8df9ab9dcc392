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

/** What one person receives, by channel: names each "Preview" and "Remove" button after its person. */
const MESSAGE_WORDS: Record<string, string> = { letter: "letter", email: "e-mail", public_notice: "notice" };
export const messageWord = (channel: string | undefined) => MESSAGE_WORDS[channel ?? ""] ?? "message";
export const previewLabel = (channel: string | undefined, name: string) => `Preview the ${messageWord(channel)} to ${name}`;
export const removeLabel = (name: string) => `Remove ${name} from the list`;
export const previewHeading = (channel: string | undefined, name: string) => `Preview of the ${messageWord(channel)} to ${name}`;

/** The one-by-one form for adding a person to the list. */
export const ADD_RECIPIENT_LABELS = {
  heading: "Add a person",
  hint: "Name, and the e-mail address or postal address the message goes to (a letter needs the postal address).",
  name: "Name",
  email: "E-mail address",
  postalAddress: "Postal address",
  submit: "Add this person",
  busy: "Adding…",
  added: "Added to the list.",
  reopened: "Added to the list. The communication went back to draft: the DPO approves the new list.",
} as const;

/** The DPO's editor of the letter or e-mail text, before approval. */
export const MESSAGE_TEXT_LABELS = {
  heading: "The text of the message",
  hint:
    "Change the wording if you need to; {name} is replaced by each person's name. You approve exactly " +
    "this text; a change after approval needs a new approval.",
  subject: "Subject",
  text: "Text",
  submit: "Save the text",
  busy: "Saving…",
  saved: "Text saved. Approve it when it is ready.",
  voided: "Text saved. The approval was taken back: approve the new text before sending.",
  edited: "Your own wording (not the text built from the facts).",
} as const;
