/** The words of a reminder e-mail. Every time in it names its zone. */
import { formatForPeople, standingAt, type Deadline } from "@/lib/domain/deadlines";
import type { EmailMessage } from "@/lib/mail/email-message";
import { OBLIGATION_WORDS, REGIME_WORDS } from "@/lib/server/deadlines/obligation-words";

export function reminderEmail(input: {
  to: string[];
  incident: { id: string; reference: string; title: string; timeZone: string };
  deadline: Deadline;
  now: Date;
  appUrl: string;
}): EmailMessage {
  const { incident, deadline, now } = input;
  const standing = standingAt(deadline.due, now);
  const action = OBLIGATION_WORDS[deadline.obligation];
  const due = formatForPeople(deadline.due, incident.timeZone);
  const dueUtc = formatForPeople(deadline.due, "UTC");
  const headline = standing.status === "overdue" ? `OVERDUE: ${action}` : `${action}, ${standing.inWords}`;
  const lines = [
    `${incident.reference}: ${incident.title}`,
    "",
    `${action} (${REGIME_WORDS[deadline.regime]}, ${deadline.basis}).`,
    `Due: ${due} (${dueUtc}).`,
    deadline.dueUnder1182
      ? `Legal outer limit under Regulation 1182/71: ${formatForPeople(deadline.dueUnder1182, incident.timeZone)}.`
      : null,
    standing.status === "overdue"
      ? `This deadline has passed (${standing.inWords}). File without further delay and record the reasons for the delay.`
      : `Status: ${standing.inWords}.`,
    deadline.provisional ? "This deadline is counted from a filing not yet recorded; it moves once the filing is recorded." : null,
    "",
    `Open Breachdesk: ${input.appUrl.replace(/\/$/, "")}/`,
  ].filter((line): line is string => line !== null);
  return { to: input.to, subject: `[Breachdesk] ${incident.reference}: ${headline}`, text: lines.join("\n") };
}
