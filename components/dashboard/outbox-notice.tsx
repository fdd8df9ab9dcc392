import { useTranslations } from "next-intl";
import styles from "./dashboard.module.css";

/**
 * For DPOs and administrators: everything in the outbox that has not gone out yet (reminders, invitations,
 * messages to the people affected), and why.
 */
export function OutboxNotice({
  waiting,
  toPeopleAffected = 0,
  smtpConfigured,
  failing,
}: {
  waiting: number;
  toPeopleAffected?: number;
  smtpConfigured: boolean;
  failing: number;
}) {
  const t = useTranslations("dashboard.outbox");
  if (waiting === 0) return null;
  return (
    <section className={`card ${styles.notice}`} aria-labelledby="outbox-heading" role="status">
      <h2 id="outbox-heading">{smtpConfigured ? t("waiting", { count: waiting }) : t("waitingNoServer", { count: waiting })}</h2>
      <p>
        {toPeopleAffected > 0 ? `${t("toPeopleAffected", { count: toPeopleAffected })} ` : ""}
        {smtpConfigured ? (failing > 0 ? t("failing", { count: failing }) : t("beingSent")) : t("keptUntilConfigured")}
      </p>
    </section>
  );
}
