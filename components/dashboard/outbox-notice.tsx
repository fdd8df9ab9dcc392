import styles from "./dashboard.module.css";
import { outboxLabels } from "./outbox-labels";

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
  if (waiting === 0) return null;
  const count = outboxLabels.waiting(waiting);
  return (
    <section className={`card ${styles.notice}`} aria-labelledby="outbox-heading" role="status">
      <h2 id="outbox-heading">{smtpConfigured ? count : `${count}: ${outboxLabels.noMailServer}`}</h2>
      <p>
        {toPeopleAffected > 0 ? `${outboxLabels.toPeopleAffected(toPeopleAffected)} ` : ""}
        {smtpConfigured ? (failing > 0 ? outboxLabels.failing(failing) : outboxLabels.beingSent) : outboxLabels.keptUntilConfigured}
      </p>
    </section>
  );
}
