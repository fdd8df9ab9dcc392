import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { obligationHref, obligationPlace } from "@/components/incidents/file/obligation-places";
import type { OpenObligation } from "@/lib/server/deadlines/open-obligations";
import { basisWords } from "@/components/assessment/assessment-words";
import { formatWhen } from "@/components/incidents/local-time";
import styles from "./dashboard.module.css";
import { ObligationClock } from "./obligation-clock";

const FRAME: Record<OpenObligation["status"], string> = { overdue: styles.overdue!, "due soon": styles.dueSoon!, open: styles.open! };

/** Open obligations, nearest first; each with its live clock and the due instant in words, zone named. */
export function ObligationList({ items, now }: { items: OpenObligation[]; now: string }) {
  const tFile = useTranslations("incidentFile");
  const t = useTranslations("dashboard");
  const tAssessment = useTranslations("assessment");
  const locale = useLocale();
  if (items.length === 0) return <p>{t("list.nothingOpen")}</p>;
  return (
    <ol className={styles.obligations} aria-label={t("obligationsHeading")}>
      {items.map((item) => (
        <li key={item.key} className={`${styles.obligation} ${FRAME[item.status]}`} data-testid="obligation">
          <span className={styles.headline}>
            <Link
              className={styles.action}
              href={obligationHref(item.incidentId, item.obligation)}
              title={tFile(`places.${obligationPlace(item.obligation)}`)}
              data-testid="obligation-action"
            >
              {tFile(`obligations.${item.obligation}`)}
            </Link>
            <span>
              <Link href={`/incidents/${item.incidentId}`}>
                {item.reference}: {item.title}
              </Link>
            </span>
          </span>
          <ObligationClock due={item.due} serverNow={now} />
          <span>
            {t.rich("list.due", {
              when: formatWhen(new Date(item.due), item.timeZone, locale),
              time: (chunks) => <time dateTime={item.due}>{chunks}</time>,
            })}
            {item.dueUnder1182 && item.dueUnder1182 !== item.due ? <span className="muted"> {t("list.legalLater")}</span> : null}
          </span>
          <span className={`muted ${styles.meta}`}>
            {item.organization.name} · {t(`regimes.${item.regime}`)}, {basisWords(tAssessment, item.basis)}
            {item.internalTarget ? ` · ${t("list.internalTarget")}` : ""}
            {item.provisional ? ` · ${t("list.provisional")}` : ""}
          </span>
        </li>
      ))}
    </ol>
  );
}
