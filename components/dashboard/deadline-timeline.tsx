import Link from "next/link";
import type { Timeline } from "@/lib/domain/calendar/timeline";
import styles from "./dashboard.module.css";

interface TimelineItem {
  key: string;
  incidentId: string;
  reference: string;
  /** References are numbered per practice: the practice tells two BD-2026-0001 apart. */
  organization: { name: string };
  action: string;
  status: string;
  due: Date;
  timeZone: string;
}

/**
 * The coming seven days as columns; days counted in the named zone, each time on its incident's clock. `earlier`
 * counts the deadlines before today (the timeline is given only the days' own).
 */
export function DeadlineTimeline({ timeline, earlier }: { timeline: Timeline<TimelineItem>; earlier: number }) {
  return (
    <>
      <p className="muted">
        Days in {timeline.timeZone} ({timeline.zoneName}); each time is on the incident&apos;s own clock.
        {earlier > 0 ? ` ${earlier} deadline(s) before today are listed above as overdue.` : ""}
      </p>
      <div className={styles.timeline}>
        {timeline.days.map((day) => (
          <section
            key={day.date}
            className={`${styles.day} ${day.isToday ? styles.today : ""}`}
            aria-label={`${day.label}${day.isToday ? ", today" : ""}`}
          >
            <h3>
              {day.label}
              {day.isToday ? " (today)" : ""}
            </h3>
            {day.entries.length === 0 ? (
              <p className="muted">Nothing due</p>
            ) : (
              <ul className={styles.dayEntries}>
                {day.entries.map((entry) => (
                  <li key={entry.item.key}>
                    <time dateTime={entry.item.due.toISOString()} title={entry.full}>
                      {entry.time}
                    </time>{" "}
                    <Link href={`/incidents/${entry.item.incidentId}`}>{entry.item.reference}</Link>{" "}
                    <span className="muted">({entry.item.organization.name})</span>: {entry.item.action}
                    {entry.item.status === "overdue" ? " (overdue)" : ""}
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
