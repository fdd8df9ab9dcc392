import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatForPeople } from "@/lib/domain/deadlines";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import type { IncidentPage } from "@/lib/schemas/answers/incident-dto";
import { stateLabel } from "@/components/incidents/incident-labels";
import { pageHref } from "@/components/incidents/list-query";

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
  const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
  return (
    <>
      <form method="get" action="/incidents" className="card filters" role="search" aria-label="Filter the incidents">
        <div className="field">
          <label htmlFor="filter-q">{tApp("incident.list.search")}</label>
          <input id="filter-q" name="q" type="search" defaultValue={one(params.q)} aria-describedby="filter-q-hint" />
          <p className="muted hint" id="filter-q-hint">
            {tApp("incident.list.searchHint")}
          </p>
        </div>
        <div className="field">
          <label htmlFor="filter-state">State</label>
          <select id="filter-state" name="state" defaultValue={one(params.state)}>
            <option value="">Any state</option>
            {INCIDENT_STATES.map((state) => (
              <option key={state} value={state}>
                {stateLabel(tApp, state)}
              </option>
            ))}
          </select>
        </div>
        {organizations.length > 1 ? (
          <div className="field">
            <label htmlFor="filter-organization">Practice</label>
            <select id="filter-organization" name="organization" defaultValue={one(params.organization)}>
              <option value="">All my practices</option>
              {organizations.map((organization) => (
                <option key={organization.slug} value={organization.slug}>
                  {organization.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <p className="filter-actions">
          <button type="submit">Show</button> <Link href="/incidents">Clear filters</Link>
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
      {page && page.items.length === 0 ? <p className="card">No incidents match.</p> : null}
      {page && page.items.length > 0 ? (
        <div className="table-wrap card">
          <table className="data-table">
            <caption className="muted">
              {page.total} {page.total === 1 ? "incident" : "incidents"}, page {page.page} of {pages}
            </caption>
            <thead>
              <tr>
                <th scope="col">Reference</th>
                <th scope="col">Title</th>
                <th scope="col">Practice</th>
                <th scope="col">State</th>
                <th scope="col">Became aware</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((item) => (
                <tr key={item.id}>
                  <td>{item.reference}</td>
                  <td>
                    <Link href={`/incidents/${item.id}`}>{item.title}</Link>
                    {item.ongoing ? <span className="badge badge-warn"> ongoing</span> : null}
                  </td>
                  <td>{item.organization.name}</td>
                  <td>
                    <span className={`state state-${item.state}`}>{stateLabel(tApp, item.state)}</span>
                  </td>
                  <td>{formatForPeople(new Date(item.awareAt), item.timeZone)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {page && pages > 1 ? (
        <nav aria-label="Pages" className="pagination">
          {page.page > 1 ? <Link href={pageHref(params, page.page - 1)}>← Previous page</Link> : null}
          <span>
            Page {page.page} of {pages}
          </span>
          {page.page < pages ? <Link href={pageHref(params, page.page + 1)}>Next page →</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
