import Link from "next/link";
import type { RecipientDto } from "@/lib/server/communications/communication-dto";
import { previewLabel } from "./communication-labels";

const STATUS_WORDS: Record<string, string> = {
  pending: "not sent yet",
  queued: "waiting to be sent",
  sent: "sent",
  failed: "failed",
  bounced: "bounced",
};
/** Letters are posted by hand: their people are "posted", or "not posted" with the DPO's reason. */
const LETTER_WORDS: Record<string, string> = { ...STATUS_WORDS, pending: "not posted yet", sent: "posted", failed: "not posted" };

/** One page of the people a communication goes to, with each one's delivery state and a preview link. */
export function RecipientsTable({
  recipients,
  previewHref,
  removeButton,
  channel,
}: {
  recipients: RecipientDto[];
  /** The communication's channel: a letter communication names its states as post does. */
  channel?: string;
  previewHref: (recipientId: string) => string;
  removeButton?: (recipient: RecipientDto) => React.ReactNode;
}) {
  if (recipients.length === 0) return <p className="muted">Nobody on the list yet.</p>;
  return (
    <div className="table-scroll">
      <table>
        <caption className="small muted">People this communication goes to</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Postal address</th>
            <th scope="col">State</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <tr key={recipient.id}>
              <td>{recipient.name}</td>
              <td>{recipient.email ?? <span className="muted">none (letter)</span>}</td>
              <td className="prose">{recipient.postalAddress ?? ""}</td>
              <td>
                {(channel === "letter" ? LETTER_WORDS : STATUS_WORDS)[recipient.status] ?? recipient.status}
                {recipient.attempts > 1 ? <span className="small muted"> after {recipient.attempts} attempts</span> : null}
                {recipient.lastError && recipient.status !== "sent" ? (
                  <span className="small field-error"> {recipient.lastError}</span>
                ) : null}
              </td>
              <td>
                <Link href={previewHref(recipient.id)} aria-label={previewLabel(channel, recipient.name)}>
                  Preview
                </Link>{" "}
                {removeButton?.(recipient)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
