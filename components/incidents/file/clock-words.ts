import type { ObligationId } from "@/lib/domain/deadlines";
import { durationInWords } from "@/lib/domain/deadlines/duration-words";
import type { AppTranslator } from "@/components/incidents/field-labels";

/*
 * The words of the incident's clocks in the reader's language, from a translator the caller holds: kept apart
 * from clock-view.ts so a client component can use them without bundling every language's catalogue.
 */

/** What each obligation asks, in the reader's language (incidentFile.obligations). */
export function obligationLabel(t: AppTranslator, obligation: ObligationId): string {
  return t(`incidentFile.obligations.${obligation}`);
}

/** A duration in the reader's words: "2 d 3 h", "2 dny 3 hodiny", "5 Stunden 12 Minuten". */
function durationIn(t: AppTranslator, ms: number): string {
  return durationInWords(ms, (message, values) =>
    t(`incidentFile.time.${message === "lessThanMinute" ? "lessThanAMinute" : message}`, values),
  );
}

/** Where a deadline stands, in words: "due in 5 h 12 min", "overdue by 2 d 3 h", "due now". */
export function standingInWords(t: AppTranslator, remainingMs: number): string {
  if (remainingMs < 0) return t("incidentFile.time.overdueBy", { duration: durationIn(t, remainingMs) });
  if (remainingMs === 0) return t("incidentFile.time.dueNow");
  return t("incidentFile.time.dueIn", { duration: durationIn(t, remainingMs) });
}
