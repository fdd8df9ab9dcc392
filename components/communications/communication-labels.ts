/**
 * A communication's stored states (the API's enum). The words people read for them, for its channels and for
 * the languages of its letters are in the catalogue (communications.status, .channels, .languages).
 */
export const COMMUNICATION_STATUSES = ["draft", "approved", "sending", "sent", "partially_failed"] as const;
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

export const isCommunicationStatus = (status: string): status is CommunicationStatus =>
  (COMMUNICATION_STATUSES as readonly string[]).includes(status);

export const MESSAGE_CHANNELS = ["email", "letter", "public_notice"] as const;
export type MessageChannel = (typeof MESSAGE_CHANNELS)[number];

export const isMessageChannel = (channel: string | undefined): channel is MessageChannel =>
  (MESSAGE_CHANNELS as readonly (string | undefined)[]).includes(channel);

export const LETTER_LANGUAGES = ["en", "fr", "cs", "de"] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

export const isLetterLanguage = (language: string): language is LetterLanguage =>
  (LETTER_LANGUAGES as readonly string[]).includes(language);
