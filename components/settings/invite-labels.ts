/** The words of the invite form, kept together so they can be translated in one place. */
export const inviteLabels = {
  heading: "Invite someone",
  email: "E-mail",
  name: "Name (optional)",
  nameHint: "The person can correct it when they accept.",
  role: "Role",
  submit: "Send invitation",
  submitting: "Inviting…",
  emailed: (email: string) => `An invitation link was e-mailed to ${email}.`,
  noMailServer: (email: string) =>
    `No mail server is configured, so the invitation to ${email} has not been e-mailed: it waits in the ` +
    `outbox until one is set (SMTP_URL).`,
  passOn: "Give this link to the person yourself, in person or by a channel you trust:",
  linkLabel: "Invitation link",
  validUntil: (when: string) => `It works once, until ${when} UTC.`,
  shownOnce: "It is shown only this once: copy it now. If it is lost, send a new invitation.",
} as const;
