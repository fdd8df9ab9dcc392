import type { BreachFactsDraft } from "@/lib/schemas/incident";
import { factRows } from "@/components/incidents/file/facts-view";
import { fieldLabel, type AppTranslator } from "@/components/incidents/field-labels";
import { formatWhen } from "@/components/incidents/local-time";

export interface ConflictRow {
  field: string;
  label: string;
  /** The value someone else saved, in words. */
  now: string;
}

const TIME_FIELDS = new Set(["occurredAt", "discoveredAt", "awareAt", "containedAt"]);

/** What changed since the person's version, with the value as it is now, in the form's words and `locale`'s dates. */
export function conflictRows(
  t: AppTranslator,
  current: Record<string, unknown> & { timeZone: string; facts: BreachFactsDraft },
  changedSince: readonly string[],
  locale = "en",
): ConflictRow[] {
  return changedSince.map((field) => {
    const value = current[field];
    let now: string;
    if (field === "notificationDetails") {
      // Not part of the incident as this form holds it: say where to look instead of showing "(empty)".
      now = t("incidentFile.conflict.notificationChanged");
    } else if (field === "facts") {
      now = factRows(t, current.facts)
        .map((row) => `${row.question} ${row.answer}`)
        .join(" · ");
    } else if (field === "assumedFacts") {
      const paths = Array.isArray(value) ? (value as string[]) : [];
      now = paths.length ? paths.map((path) => fieldLabel(t, path)).join("; ") : t("incidentFile.conflict.noneAssumed");
    } else if (TIME_FIELDS.has(field)) {
      now = typeof value === "string" ? formatWhen(new Date(value), current.timeZone, locale) : t("incidentFile.conflict.notKnown");
    } else if (typeof value === "boolean") {
      now = value ? t("incidentFile.conflict.yes") : t("incidentFile.conflict.no");
    } else if (value === null || value === undefined || value === "") {
      now = t("incidentFile.conflict.empty");
    } else {
      now = Array.isArray(value) ? value.join(", ") : String(value);
    }
    return { field, label: fieldLabel(t, field), now };
  });
}
