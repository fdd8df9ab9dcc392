import Link from "next/link";
import { PracticeFilter } from "@/components/forms/practice-filter";
import { useLocale, useTranslations } from "next-intl";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import type { IncidentPage } from "@/lib/schemas/answers/incident-dto";
import { stateLabel } from "@/components/incidents/incident-labels";
import { pageHref } from "@/components/incidents/list-query";
import { formatWhen } from "@/components/incidents/local-time";

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";

/** The incident list: a GET filter form (works without JavaScript), the table, and page links. */
export function IncidentList({
  params,
  organizations,
  page,
  problem,
}: {
  params: Params;
  organizations: Array<{ slug: string; name: string }>;
  page: IncidentPage | null;
  problem: string | null;
}) {
  const tApp = useTranslations();
  const t = useTranslations("incidentList");
  const locale = useLocale();
  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  return (
    <>
      <form method="get" action="/incidents" className="card filters" role="search" aria-label={t("filterLabel")}>
        <div className="field">
          <label htmlFor="filter-q">{tApp("incident.list.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={one(params.q)} aria-describedby="filter-q-hint" />
          <p className="muted hint" id="filter-q-hint">
            {tApp("incident.list.searchHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="filter-state">{t("state")}</label>
          <select id="filter-state" name="state" defaultValue={one(params.state)}>
            <option value="">{t("anyState")}</option>
            {INCIDENT_STATES.map((state) => (
              <option key={state} value={state}>
                {stateLabel(tApp, state)}
              </option>
            ))}
          </select>
        </div>
        {organizations.length > 1 ? (
          <div className="field">
            <PracticeFilter
              id="filter-organization"
              label={t("practice")}
              allLabel={t("allPractices")}
              organizations={organizations}
              value={one(params.organization)}
            />
          </div>
        ) : null}
        <p className="filter-actions">
          <button type="submit">{t("show")}</button> <Link href="/incidents">{t("clear")}</Link>
        </p>
      </form>
      {problem ? (
        <p className="card field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {page?.searchCapped ? (
        <p className="card" role="status">
          {tApp("incident.list.searchCapped", { count: page.searchCapped })}
        </p>
      ) : null}
      {page && page.items.length === 0 ? <p className="card">{t("noneMatch")}</p> : null}
      {page && page.items.length > 0 ? (
        <div className="table-wrap card">
          <table className="data-table">
            <caption className="muted">{t("caption", { total: page.total, page: page.page, pages })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("columns.reference")}</th>
                <th scope="col">{t("columns.title")}</th>
                <th scope="col">{t("columns.practice")}</th>
                <th scope="col">{t("columns.state")}</th>
                <th scope="col">{t("columns.becameAware")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.reference}</td>
                  <td>
                    <Link href={`/incidents/${item.id}`}>{item.title}</Link>
                    {item.ongoing ? <span className="badge badge-warn"> {t("ongoing")}</span> : null}
                  </td>
                  <td>{item.organization.name}</td>
                  <td>
                    <span className={`state state-${item.state}`}>{stateLabel(tApp, item.state)}</span>
                  </td>
                  <td>{formatWhen(new Date(item.awareAt), item.timeZone, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page && pages > 1 ? (
        <nav aria-label={t("pages")} className="pagination">
          {page.page > 1 ? <Link href={pageHref(params, page.page - 1)}>{t("previous")}</Link> : null}
          <span>{t("pageOf", { page: page.page, pages })}</span>
          {page.page < pages ? <Link href={pageHref(params, page.page + 1)}>{t("next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
