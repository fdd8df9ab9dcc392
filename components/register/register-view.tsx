import Link from "next/link";
import { useTranslations } from "next-intl";
import { formatForPeople } from "@/lib/domain/deadlines";
import { decisionLine, filingInWords } from "@/lib/domain/register/register-document";
import { registerPageHref } from "@/lib/domain/register/register-query";
import { INCIDENT_STATES } from "@/lib/schemas/incident-work";
import type { RegisterView as RegisterData } from "@/lib/server/register/query-register";
import { stateLabel } from "@/components/incidents/incident-labels";

type Params = Record<string, string | string[] | undefined>;
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value) ?? "";
const when = (iso: string | null, timeZone: string) => (iso ? formatForPeople(new Date(iso), timeZone) : "not known");

function Select(props: { id: string; name: string; label: string; value: string; options: Array<[string, string]> }) {
  return (
    <div className="field">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} name={props.name} defaultValue={props.value}>
        {props.options.map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Links to the register's other pages, keeping the filters; the per-year figures above cover every page. */
function RegisterPages({ view }: { view: RegisterData }) {
  if (!view.paging) return null;
  const { page, pageSize, total } = view.paging;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages === 1) return null;
  return (
    <nav aria-label="Pages" className="pagination">
      {page > 1 ? <Link href={registerPageHref(view.filters, page - 1)}>← Previous page</Link> : null}
      <span>
        Page {page} of {pages} ({total} entries)
      </span>
      {page < pages ? <Link href={registerPageHref(view.filters, page + 1)}>Next page →</Link> : null}
    </nav>
  );
}

/** The register: GET filters, export links, per-year figures, then every incident's facts, effects and remedial action. */
export function RegisterView(props: {
  params: Params;
  organizations: Array<{ slug: string; name: string }>;
  view: RegisterData | null;
  problem: string | null;
  exportQuery: string;
}) {
  const { params, view } = props;
  const tApp = useTranslations();
  const thisYear = new Date().getUTCFullYear();
  const years = Array.from({ length: 8 }, (_, index) => String(thisYear - index));
  return (
    <>
      <form method="get" action="/register" className="card filters" role="search" aria-label="Filter the register">
        {props.organizations.length > 1 ? (
          <Select
            id="register-organization"
            name="organization"
            label="Practice"
            value={one(params.organization)}
            options={[["", "All my practices"], ...props.organizations.map((o): [string, string] => [o.slug, o.name])]}
          />
        ) : null}
        <Select
          id="register-state"
          name="state"
          label="State"
          value={one(params.state)}
          options={[["", "Any state"], ...INCIDENT_STATES.map((s): [string, string] => [s, stateLabel(tApp, s)])]}
        />
        <Select
          id="register-year"
          name="year"
          label="Year (of awareness)"
          value={one(params.year)}
          options={[["", "Any year"], ...years.map((y): [string, string] => [y, y])]}
        />
        <Select
          id="register-notified"
          name="notified"
          label="Notified to the authority"
          value={one(params.notified)}
          options={[
            ["", "Notified or not"],
            ["yes", "Notified"],
            ["no", "Not notified"],
          ]}
        />
        <Select
          id="register-timeliness"
          name="timeliness"
          label="Notification on time"
          value={one(params.timeliness)}
          options={[
            ["", "On time or late"],
            ["on_time", "On time"],
            ["late", "Late"],
          ]}
        />
        <p className="filter-actions">
          <button type="submit">Show</button> <Link href="/register">Clear filters</Link>
        </p>
      </form>
      <p className="export-links">
        Export these entries: <a href={`/register/export.csv${props.exportQuery}`}>CSV (spreadsheet)</a> ·{" "}
        <a href={`/register/export.pdf${props.exportQuery}`}>PDF</a>
      </p>
      {props.problem ? (
        <p className="card field-error" role="alert">
          {props.problem}
        </p>
      ) : null}
      {view ? (
        <>
          <section className="card" aria-labelledby="statistics-heading">
            <h2 id="statistics-heading">Per year</h2>
            {view.statistics.length === 0 ? (
              <p className="muted">No incidents match.</p>
            ) : (
              <div className="table-wrap">
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">Year</th>
                      <th scope="col">Incidents</th>
                      <th scope="col">Notified</th>
                      <th scope="col">On time</th>
                      <th scope="col">Late</th>
                    </tr>
                  </thead>
                  <tbody>
                    {view.statistics.map((year) => (
                      <tr key={year.year}>
                        <th scope="row">{year.year}</th>
                        <td>{year.incidents}</td>
                        <td>{year.notified}</td>
                        <td>{year.onTime}</td>
                        <td>{year.late}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {view.rows.map((row) => (
            <article key={row.incidentId} className="card register-entry" aria-labelledby={`entry-${row.incidentId}`}>
              <h2 id={`entry-${row.incidentId}`}>
                <Link href={`/incidents/${row.incidentId}`}>
                  {row.reference} · {row.title}
                </Link>
              </h2>
              <p>
                <span className={`state state-${row.state}`}>{stateLabel(tApp, row.state)}</span>{" "}
                <span className={`badge ${row.filing === "late" ? "badge-danger" : row.notified ? "badge-ok" : ""}`}>
                  {filingInWords(row)}
                </span>{" "}
                · {row.organization.name}
              </p>
              <dl className="facts-list">
                <div className="facts-row">
                  <dt>Became aware</dt>
                  <dd>{when(row.awareAt, row.timeZone)}</dd>
                </div>
                <div className="facts-row">
                  <dt>Facts</dt>
                  <dd>{row.facts.summary}</dd>
                </div>
                <div className="facts-row">
                  <dt>Effects</dt>
                  <dd>
                    Risk: {row.effects.riskLevel ?? "not assessed yet"}. {row.effects.likelyConsequences.join(" ")}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>Decision</dt>
                  <dd>
                    {row.processorDuty ? (
                      <>
                        Your duty as processor: {row.processorDuty}. For the controller to decide:
                        <br />
                      </>
                    ) : null}
                    Authority: {decisionLine(row.decision.forAuthority, row.decision.authority, row.decision.rationale)}
                    <br />
                    People: {decisionLine(row.decision.forPeople, null, null)}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>Remedial action</dt>
                  <dd>
                    {row.remedialAction.containment ?? "Containment not recorded."}
                    {row.remedialAction.ongoing
                      ? " Still going on."
                      : row.remedialAction.containedAt
                        ? ` Contained ${when(row.remedialAction.containedAt, row.timeZone)}.`
                        : ""}
                    {row.remedialAction.tasksDone.length ? ` Done: ${row.remedialAction.tasksDone.join("; ")}.` : ""}
                  </dd>
                </div>
                <div className="facts-row">
                  <dt>{row.deadline?.label ?? "Notify the authority by"}</dt>
                  <dd>
                    {when(row.deadline?.due ?? row.notifyAuthorityBy, row.timeZone)}
                    {row.deadline && row.deadline.legalLimit !== row.deadline.due
                      ? ` (legal limit under Regulation 1182/71: ${when(row.deadline.legalLimit, row.timeZone)})`
                      : ""}
                    {row.firstFiledAt ? ` · filed ${when(row.firstFiledAt, row.timeZone)}` : ""}
                    {row.lateReason ? ` · reason for delay: ${row.lateReason}` : ""}
                  </dd>
                </div>
              </dl>
            </article>
          ))}
          <RegisterPages view={view} />
        </>
      ) : null}
    </>
  );
}
