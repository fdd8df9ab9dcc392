import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Timeline } from "@/lib/domain/calendar/timeline";
import type { ObligationId } from "@/lib/domain/deadlines";
import { formatTimeOfDay, formatWhen, zoneNameIn } from "@/components/incidents/local-time";
import styles from "./dashboard.module.css";

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "út 31. 3.", "mar. 31 mars": a day of the timeline, read from its ISO date (at noon UTC, so it is that date). */
function dayFormat(locale: string): Intl.DateTimeFormat {
  let format = dayFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { weekday: "short", day: "numeric", month: "short", timeZone: "UTC" });
    dayFormats.set(locale, format);
  }
  return format;
}

interface TimelineItem {
  key: string;
  incidentId: string;
  reference: string;
  /** References are numbered per practice: the practice tells two BD-2026-0001 apart. */
  organization: { name: string };
  obligation: ObligationId;
  status: string;
  due: Date;
  timeZone: string;
}

/**
 * The coming seven days as columns; days counted in the named zone, each time on its incident's clock. `earlier`
 * counts the deadlines before today (the timeline is given only the days' own).
 */
export function DeadlineTimeline({ timeline, earlier }: { timeline: Timeline<TimelineItem>; earlier: number }) {
  const t = useTranslations("dashboard.timeline");
  const tFile = useTranslations("incidentFile");
  const locale = useLocale();
  const firstDay = timeline.days[0] ? new Date(`${timeline.days[0].date}T12:00:00Z`) : new Date();
  // The day's name in the reader's language: the English label as lib/domain/calendar writes it, else Intl's.
  const dayName = (day: { date: string; label: string }) =>
    locale === "en" ? day.label : dayFormat(locale).format(new Date(`${day.date}T12:00:00Z`));
  return (
    <>
      <p className="muted">
        {t("daysIn", {
          zone: timeline.timeZone,
          abbreviation: locale === "en" ? timeline.zoneName : zoneNameIn(firstDay, timeline.timeZone, locale),
        })}
        {earlier > 0 ? ` ${t("earlier", { count: earlier })}` : ""}
      </p>
      <div className={styles.timeline}>
        {timeline.days.map((day) => (
          <section
            key={day.date}
            className={`${styles.day} ${day.isToday ? styles.today : ""}`}
            aria-label={day.isToday ? t("todayLabel", { day: dayName(day) }) : dayName(day)}
          >
            <h3>{day.isToday ? t("today", { day: dayName(day) }) : dayName(day)}</h3>
            {day.entries.length === 0 ? (
              <p className="muted">{t("nothingDue")}</p>
            ) : (
              <ul className={styles.dayEntries}>
                {day.entries.map((entry) => (
                  <li key={entry.item.key}>
                    <time dateTime={entry.item.due.toISOString()} title={formatWhen(entry.item.due, entry.item.timeZone, locale)}>
                      {formatTimeOfDay(entry.item.due, entry.item.timeZone, locale)}
                    </time>{" "}
                    <Link href={`/incidents/${entry.item.incidentId}`}>{entry.item.reference}</Link>{" "}
                    <span className="muted">({entry.item.organization.name})</span>: {tFile(`obligations.${entry.item.obligation}`)}
                    {entry.item.status === "overdue" ? ` ${t("overdue")}` : ""}
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </>
  );
}
