/** The words of the dashboard's outbox notice, kept together so they can be translated in one place. */
export const outboxLabels = {
  waiting: (count: number) => `${count} e-mail${count === 1 ? "" : "s"} waiting`,
  noMailServer: "no mail server configured",
  toPeopleAffected: (count: number) => `${count} of them to the people affected by a breach.`,
  failing: (count: number) => `${count} could not be delivered yet and will be tried again.`,
  beingSent: "They are being sent.",
  keptUntilConfigured:
    "Reminders, invitations and messages to the people affected are kept in the outbox and sent once a " +
    "mail server is set (SMTP_URL). Until then, check the deadlines here, and send printed letters to " +
    "people who must be told now.",
} as const;
