import { useTranslations } from "next-intl";
import { PracticeFilter } from "@/components/forms/practice-filter";
import { REGIME_IDS } from "@/lib/domain/deadlines";
import type { OpenObligationsQuery } from "@/lib/schemas/open-obligations-query";
import styles from "./dashboard.module.css";

/** A plain GET form: works without JavaScript, and the filters live in the URL (shareable, bookmarkable). */
export function ObligationFilters({
  filters,
  organizations,
}: {
  filters: Partial<OpenObligationsQuery>;
  organizations: Array<{ slug: string; name: string }>;
}) {
  const t = useTranslations("dashboard.filters");
  const tRegime = useTranslations("dashboard.regimes");
  return (
    <form method="get" action="/" className={styles.filters} aria-label={t("label")}>
      <div>
        <PracticeFilter
          id="filter-organization"
          label={t("practice")}
          allLabel={t("allPractices")}
          organizations={organizations}
          value={filters.organization}
        />
      </div>
      <div>
        <label htmlFor="filter-regime">{t("regime")}</label>
        <select id="filter-regime" name="regime" defaultValue={filters.regime ?? ""}>
          <option value="">{t("allRegimes")}</option>
          {REGIME_IDS.map((regime) => (
            <option key={regime} value={regime}>
              {tRegime(regime)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status">{t("status")}</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">{t("anyStatus")}</option>
          <option value="overdue">{t("overdue")}</option>
          <option value="due soon">{t("dueSoon")}</option>
          <option value="open">{t("open")}</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-within">{t("dueWithin")}</label>
        <input
          id="filter-within"
          name="dueWithinHours"
          type="number"
          min={1}
          step={1}
          inputMode="numeric"
          defaultValue={filters.dueWithinHours ?? ""}
        />
      </div>
      <button type="submit">{t("apply")}</button>
    </form>
  );
}
