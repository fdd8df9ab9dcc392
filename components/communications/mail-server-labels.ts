/** The words shown when no mail server is configured, kept together so they can be translated in one place. */
export const mailServerLabels = {
  heading: "No mail server is configured",
  beforeSending: "No mail server is configured: the e-mails will wait in the outbox until one is set (SMTP_URL).",
  wayForward:
    "Ask whoever runs Breachdesk to set one. If the people must be told now, send them letters instead: " +
    "print the letters, post them, and record the posting in a communication by letter.",
  printLetters: "Printable letters (PDF)",
  progressWaiting: "waiting for a mail server",
  progressSending: "sending",
} as const;
