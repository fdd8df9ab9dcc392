import styles from "./dashboard.module.css";

/** For DPOs and administrators: e-mail (reminders included) that has not gone out yet, and why. */
export function OutboxNotice({ waiting, smtpConfigured, failing }: { waiting: number; smtpConfigured: boolean; failing: number }) {
  if (waiting === 0) return null;
  const count = `${waiting} e-mail${waiting === 1 ? "" : "s"} waiting`;
  return (
    <section className={`card ${styles.notice}`} aria-labelledby="outbox-heading" role="status">
      <h2 id="outbox-heading">{smtpConfigured ? count : `${count}: no mail server configured`}</h2>
      <p>
        {smtpConfigured
          ? failing > 0
            ? `${failing} could not be delivered yet and will be tried again.`
            : "They are being sent."
          : "Reminders and other e-mail are kept in the outbox and sent once SMTP_URL is set. Until then, check the deadlines here."}
      </p>
    </section>
  );
}
