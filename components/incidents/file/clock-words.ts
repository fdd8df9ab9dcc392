import type { ObligationId } from "@/lib/domain/deadlines";
import { DAY_MS, HOUR_MS, MINUTE_MS } from "@/lib/domain/deadlines/periods";
import type { AppTranslator } from "@/components/incidents/field-labels";

/*
 * The words of the incident's clocks in the reader's language, from a translator the caller holds: kept apart
 * from clock-view.ts so a client component can use them without bundling every language's catalogue.
 */

/** What each obligation asks, in the reader's language (incidentFile.obligations). */
export function obligationLabel(t: AppTranslator, obligation: ObligationId): string {
  return t(`incidentFile.obligations.${obligation}`);
}

/** A duration in the two largest units, rounded down, in words: "2 d 3 h", "2 dny 3 hodiny", "5 Stunden 12 Minuten". */
function durationInWords(t: AppTranslator, ms: number): string {
  const duration = Math.abs(ms);
  if (duration < MINUTE_MS) return t("incidentFile.time.lessThanAMinute");
  const days = Math.floor(duration / DAY_MS);
  const hours = Math.floor((duration % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((duration % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? t("incidentFile.time.daysHours", { days, hours }) : t("incidentFile.time.days", { days });
  if (hours > 0) return minutes > 0 ? t("incidentFile.time.hoursMinutes", { hours, minutes }) : t("incidentFile.time.hours", { hours });
  return t("incidentFile.time.minutes", { minutes });
}

/** Where a deadline stands, in words: "due in 5 h 12 min", "overdue by 2 d 3 h", "due now". */
export function standingInWords(t: AppTranslator, remainingMs: number): string {
  if (remainingMs < 0) return t("incidentFile.time.overdueBy", { duration: durationInWords(t, remainingMs) });
  if (remainingMs === 0) return t("incidentFile.time.dueNow");
  return t("incidentFile.time.dueIn", { duration: durationInWords(t, remainingMs) });
}
