import { REGIME_IDS } from "@/lib/domain/deadlines";
import type { OpenObligationsQuery } from "@/lib/schemas/open-obligations-query";
import { REGIME_WORDS } from "@/lib/server/deadlines/obligation-words";
import styles from "./dashboard.module.css";

/** A plain GET form: works without JavaScript, and the filters live in the URL (shareable, bookmarkable). */
export function ObligationFilters({
  filters,
  organizations,
}: {
  filters: Partial<OpenObligationsQuery>;
  organizations: Array<{ slug: string; name: string }>;
}) {
  return (
    <form method="get" action="/" className={styles.filters} aria-label="Filter the obligations">
      <div>
        <label htmlFor="filter-organization">Practice</label>
        <select id="filter-organization" name="organization" defaultValue={filters.organization ?? ""}>
          <option value="">All practices</option>
          {organizations.map((organization) => (
            <option key={organization.slug} value={organization.slug}>
              {organization.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-regime">Regime</label>
        <select id="filter-regime" name="regime" defaultValue={filters.regime ?? ""}>
          <option value="">All regimes</option>
          {REGIME_IDS.map((regime) => (
            <option key={regime} value={regime}>
              {REGIME_WORDS[regime]}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="filter-status">Status</label>
        <select id="filter-status" name="status" defaultValue={filters.status ?? ""}>
          <option value="">Any status</option>
          <option value="overdue">Overdue</option>
          <option value="due soon">Due soon (within 24 h)</option>
          <option value="open">Open</option>
        </select>
      </div>
      <div>
        <label htmlFor="filter-within">Due within (hours)</label>
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
      <button type="submit">Apply filters</button>
    </form>
  );
}
