import Link from "next/link";
import { useTranslations } from "next-intl";
import type { RecipientDto } from "@/lib/server/communications/communication-dto";

/** A person's delivery states; letters are posted by hand: their people are "posted", or "not posted" with the DPO's reason. */
const RECIPIENT_STATUSES = ["pending", "queued", "sent", "failed", "bounced"] as const;
const isRecipientStatus = (status: string): status is (typeof RECIPIENT_STATUSES)[number] =>
  (RECIPIENT_STATUSES as readonly string[]).includes(status);

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
  const t = useTranslations("communications");
  if (recipients.length === 0) return <p className="muted">{t("table.empty")}</p>;
  const stateOf = (status: string) =>
    isRecipientStatus(status) ? t(`${channel === "letter" ? "letterStatus" : "recipientStatus"}.${status}`) : status;
  const previewLabel = (name: string) =>
    channel === "letter"
      ? t("table.previewLetter", { name })
      : channel === "public_notice"
        ? t("table.previewNotice", { name })
        : t("table.previewEmail", { name });
  return (
    <div className="table-scroll">
      <table>
        <caption className="small muted">{t("table.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("table.name")}</th>
            <th scope="col">{t("table.email")}</th>
            <th scope="col">{t("table.postalAddress")}</th>
            <th scope="col">{t("table.state")}</th>
            <th scope="col">{t("table.actions")}</th>
          </tr>
        </thead>
        <tbody>
          {recipients.map((recipient) => (
            <tr key={recipient.id}>
              <td>{recipient.name}</td>
              <td>{recipient.email ?? <span className="muted">{t("table.noEmail")}</span>}</td>
              <td className="prose">{recipient.postalAddress ?? ""}</td>
              <td>
                {stateOf(recipient.status)}
                {recipient.attempts > 1 ? <span className="small muted"> {t("table.attempts", { count: recipient.attempts })}</span> : null}
                {recipient.lastError && recipient.status !== "sent" ? (
                  <span className="small field-error"> {recipient.lastError}</span>
                ) : null}
              </td>
              <td>
                <Link href={previewHref(recipient.id)} aria-label={previewLabel(recipient.name)}>
                  {t("table.preview")}
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
