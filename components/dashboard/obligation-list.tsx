import Link from "next/link";
import { useTranslations } from "next-intl";
import { obligationHref, obligationPlace } from "@/components/incidents/file/obligation-places";
import type { OpenObligation } from "@/lib/server/deadlines/open-obligations";
import styles from "./dashboard.module.css";
import { ObligationClock } from "./obligation-clock";

const FRAME: Record<OpenObligation["status"], string> = { overdue: styles.overdue!, "due soon": styles.dueSoon!, open: styles.open! };

/** Open obligations, nearest first; each with its live clock and the due instant in words, zone named. */
export function ObligationList({ items, now }: { items: OpenObligation[]; now: string }) {
  const tFile = useTranslations("incidentFile");
  if (items.length === 0) return <p>Nothing open: no deadline is running for these filters.</p>;
  return (
    <ol className={styles.obligations} aria-label="Open obligations, nearest first">
      {items.map((item) => (
        <li key={item.key} className={`${styles.obligation} ${FRAME[item.status]}`} data-testid="obligation">
          <span className={styles.headline}>
            <Link
              className={styles.action}
              href={obligationHref(item.incidentId, item.obligation)}
              title={tFile(`places.${obligationPlace(item.obligation)}`)}
              data-testid="obligation-action"
            >
              {item.action}
            </Link>
            <span>
              <Link href={`/incidents/${item.incidentId}`}>
                {item.reference}: {item.title}
              </Link>
            </span>
          </span>
          <ObligationClock due={item.due} serverNow={now} />
          <span>
            Due <time dateTime={item.due}>{item.dueForPeople}</time>
            {item.dueUnder1182 && item.dueUnder1182 !== item.due ? (
              <span className="muted"> (legal outer limit later, under Regulation 1182/71)</span>
            ) : null}
          </span>
          <span className={`muted ${styles.meta}`}>
            {item.organization.name} · {item.regimeName}, {item.basis}
            {item.internalTarget ? " · internal target" : ""}
            {item.provisional ? " · counted from a filing not yet recorded" : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
